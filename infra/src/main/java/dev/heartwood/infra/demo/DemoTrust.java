package dev.heartwood.infra.demo;

import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.RegisterTrust;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.learning.api.AdoptStandardTrainingSet;
import dev.heartwood.learning.api.AdoptedRequirement;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The demo's trust, the same each time: three schools of about forty staff and governors, an academy that is the
 * trust's base, a second academy and a maintained school, with their last two academic years up to today. Its
 * identifiers are fixed, so that its records are recognised as the demo's.
 */
final class DemoTrust {

    static final TrustId ID = new TrustId(UUID.fromString("bfd8fc0e-a588-4693-8f90-a26c2ac94936"));
    static final String NAME = "Alder Valley Learning Trust";
    /** The domain of the addresses of the trust's own staff. */
    static final String DOMAIN = "aldervalley.example";

    /**
     * One school of the trust.
     *
     * @param trustBase where the trust's chief executive and HR officer are on the staff
     * @param reopens   whether one of last year's appraisals was reopened after completion
     * @param seed      the seed of the school's choices
     */
    record School(SchoolId id, String name, SchoolType type, String domain, String misPrefix, PayPolicy payPolicy,
                  boolean primary, boolean trustBase, boolean reopens, long seed) {
    }

    static final List<School> SCHOOLS = List.of(
            new School(new SchoolId(UUID.fromString("d9c836e1-ee96-4fdf-b2fc-d68a3d28d5f3")),
                    "Oakfield Primary Academy", SchoolType.ACADEMY, "oakfield.example", "OAK",
                    PayPolicy.NOT_PERFORMANCE_RELATED, true, true, true, 1),
            new School(new SchoolId(UUID.fromString("07670d28-18e6-4365-bd48-f83e47e602c7")),
                    "Beacon Hill Academy", SchoolType.ACADEMY, "beaconhill.example", "BHA",
                    PayPolicy.NOT_PERFORMANCE_RELATED, false, false, false, 2),
            new School(new SchoolId(UUID.fromString("0827a56a-3c29-40e0-9fb6-7d9391102aaa")),
                    "Millbrook Community Primary School", SchoolType.MAINTAINED, "millbrook.example", "MCP",
                    PayPolicy.HYBRID, true, false, true, 3));

    /** Someone to sign in as, to see a part of Heartwood as they see it. */
    record Introduction(String who, String address, String school) {
    }

    private final LocalDate today;
    private final List<DemoSchool> schools;

    /** The trust as it stands on {@code today}: last year complete, the current year under way. */
    DemoTrust(LocalDate today) {
        this.today = today;
        PeopleNames names = new PeopleNames();
        this.schools = SCHOOLS.stream().map(school -> new DemoSchool(school, ID, today, names)).toList();
    }

    /** The people to sign in as first: the staff of the trust's base who see its parts best. */
    List<Introduction> introductions() {
        DemoSchool base = schools.get(0);
        Staffing staff = base.staffing();
        Person teacher = staff.teachers.get(0);
        String school = base.school().name();
        return List.of(new Introduction("a teacher", teacher.address(), school),
                new Introduction("the teacher's appraiser, a deputy headteacher", teacher.manager().address(), school),
                new Introduction("the headteacher", staff.head.address(), school),
                new Introduction("HR for every school of the trust", staff.hr.address(), NAME),
                new Introduction("a governor, the chair of governors", staff.governors.get(0).address(), school),
                new Introduction("the trust's chief executive, a trust leader", staff.chiefExecutive.address(), NAME));
    }

    /** Everyone who has been on the staff of one of the schools, governors included. */
    int people() {
        return schools.stream().mapToInt(school -> school.staffing().everyone.size()).sum();
    }

    /** The academic years the demo holds, the complete one first. */
    List<AcademicYear> years() {
        AcademicYear current = AcademicYear.containing(today);
        return List.of(new AcademicYear(current.startYear() - 1), current);
    }

    /**
     * Builds it through the commands: the trust and its standard training set, then each school's records on a
     * thread of its own, as schools work side by side.
     */
    void build(DemoCommands commands) throws InterruptedException, ExecutionException {
        commands.send(new RegisterTrust(ID, NAME));
        LocalDate adopted = years().get(0).firstDay(Month.SEPTEMBER);
        List<AdoptedRequirement> standardSet = commands.send(AdoptStandardTrainingSet.forTrust(ID, adopted));
        StandardRequirements requirements = new StandardRequirements(standardSet.stream().collect(
                Collectors.toMap(AdoptedRequirement::key, requirement -> new RequirementId(
                        requirement.requirementId()))));
        schools.forEach(school -> school.plan(requirements));
        ExecutorService threads = Executors.newFixedThreadPool(schools.size());
        try {
            List<Future<?>> recorded = new ArrayList<>();
            for (DemoSchool school : schools) {
                recorded.add(threads.submit(() -> school.record(commands.forSchool(school.school().id()))));
            }
            for (Future<?> school : recorded) {
                school.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
