package dev.heartwood.infra.benchmark;

import dev.heartwood.appraisal.api.AssignLineManager;
import dev.heartwood.appraisal.api.AssignStaffRole;
import dev.heartwood.appraisal.api.ChangeStaffCategory;
import dev.heartwood.appraisal.api.CycleDeadlines;
import dev.heartwood.appraisal.api.ExemptFromAppraisal;
import dev.heartwood.appraisal.api.ExemptionReason;
import dev.heartwood.appraisal.api.OpenAppraisalCycle;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.RecordStaffLeaving;
import dev.heartwood.appraisal.api.RegisterSchool;
import dev.heartwood.appraisal.api.RegisterStaffMember;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.appraisal.api.Standard;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.infra.demo.AppraisalPlan;
import dev.heartwood.infra.demo.CpdPlan;
import dev.heartwood.infra.demo.Diary;
import dev.heartwood.infra.demo.Ids;
import dev.heartwood.infra.demo.Names;
import dev.heartwood.infra.demo.Priorities;
import dev.heartwood.infra.demo.StandardRequirements;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One school of the trust and its years: the staff with their roles and line managers, then each academic year
 * as a school lives it. September: the school's priorities, the cycle, joiners, the INSET day with the
 * safeguarding update, the appraisals ({@link AppraisalPlan}: an ECT's exempt for induction, the headteacher's
 * with a governors' panel and an external adviser). Through the year: professional learning ({@link CpdPlan}),
 * often linked to the person's objectives; mandatory training as it falls due. July: leavers. In the last year,
 * 2025/26, which ends on the benchmark's today, one appraisal in ten is still waiting for its final review.
 */
final class SchoolHistory {

    private static final StandardsFramework SUPPORT_STAFF_STANDARDS = new StandardsFramework(
            "Trust support staff standards", List.of(
            new Standard("SS1", "Supports pupils' learning and wellbeing"),
            new Standard("SS2", "Works in partnership with colleagues and families"),
            new Standard("SS3", "Keeps pupils safe"),
            new Standard("SS4", "Develops their own practice")));

    /** One member of staff over the years, as the generator plans for them. */
    private static final class Person {
        final StaffId id;
        StaffCategory category;
        final Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        Person manager;
        int yearsInPost;
        boolean leader;
        boolean leaving;
        /** This year's appraisal, if they have one. */
        AppraisalPlan.Appraisal appraisal;

        Person(StaffId id, StaffCategory category) {
            this.id = id;
            this.category = category;
        }
    }

    private final int number;
    private final SchoolId schoolId;
    private final TrustId trustId;
    private final PayPolicy payPolicy;
    private final BenchmarkSize size;
    private final Ids ids;
    private final TrainingPlan training;
    private final Diary diary;
    private final Map<String, Object> metadata;
    private final List<Person> governors = new ArrayList<>();
    /** Everyone on the staff now, governors aside, the headteacher first. */
    private final List<Person> staff = new ArrayList<>();
    private final List<Person> leaders = new ArrayList<>();
    private final GeneratedTrust.Builder generated;
    /** People registered so far, which numbers their MIS identifiers. */
    private int registered;

    SchoolHistory(int number, TrustId trustId, BenchmarkSize size, StandardRequirements requirements,
                  UUID actorId, GeneratedTrust.Builder generated) {
        this.number = number;
        this.trustId = trustId;
        this.size = size;
        this.ids = new Ids(1_000L + number);
        this.diary = new Diary(opening(size));
        this.schoolId = new SchoolId(ids.next());
        this.payPolicy = number % 4 == 3 ? PayPolicy.HYBRID : PayPolicy.NOT_PERFORMANCE_RELATED;
        this.training = new TrainingPlan(requirements, ids, diary);
        this.generated = generated;
        this.metadata = Map.of(MetadataKeys.ACTOR_ID, actorId.toString(), MetadataKeys.ACTOR_ROLE, "HR",
                MetadataKeys.TRUST_ID, trustId.value().toString(), MetadataKeys.SCHOOL_ID, schoolId.value().toString());
    }

    /** Records the school's whole history, year by year. */
    void record(Recorder recorder) {
        open(opening(size));
        diary.recordUpTo(SimulatedClock.TODAY, (day, command) -> recorder.send(day, command, metadata));
        for (int year = size.firstYear(); year <= SimulatedClock.LAST_YEAR; year++) {
            year(new AcademicYear(year), year == size.firstYear(), year == SimulatedClock.LAST_YEAR);
            diary.recordUpTo(SimulatedClock.TODAY, (day, command) -> recorder.send(day, command, metadata));
        }
        generated.school(schoolId.value(), staff.stream().map(person -> person.id.value()).toList());
    }

    /** The day the school's records begin. */
    private static LocalDate opening(BenchmarkSize size) {
        return LocalDate.of(size.firstYear(), Month.AUGUST, 20);
    }

    private void open(LocalDate day) {
        diary.on(day, new RegisterSchool(schoolId, trustId, "School %02d of the Heartwood trust".formatted(number + 1),
                SchoolType.ACADEMY));
        int firstYear = size.firstYear();
        for (int i = 0; i < 3; i++) {
            register(day, StaffCategory.GOVERNOR, LocalDate.of(firstYear - 3, 9, 1), null);
        }
        Person head = register(day, StaffCategory.HEADTEACHER, LocalDate.of(firstYear - ids.between(2, 10), 9, 1),
                null);
        assign(day, head, StaffRole.DSL, LocalDate.of(firstYear - 1, 9, 1));
        int leaderCount = Math.max(2, size.staffPerSchool() / 20);
        for (int i = 0; i < leaderCount; i++) {
            Person leader = register(day, StaffCategory.TEACHER,
                    LocalDate.of(firstYear - ids.between(3, 15), 9, 1), head);
            leader.leader = true;
            leaders.add(leader);
        }
        assign(day, leaders.get(0), StaffRole.DEPUTY_DSL, LocalDate.of(firstYear - 1, 9, 1));
        assign(day, leaders.get(1), StaffRole.DEPUTY_DSL, LocalDate.of(firstYear - 1, 9, 1));
        assign(day, leaders.get(1), StaffRole.SENCO, LocalDate.of(firstYear - 1, 9, 1));
        int others = size.staffPerSchool() - governors.size() - 1 - leaderCount;
        for (int i = 0; i < others; i++) {
            StaffCategory category = i % 10 < 3 ? StaffCategory.SUPPORT_STAFF
                    : i % 20 == 19 ? StaffCategory.EARLY_CAREER_TEACHER : StaffCategory.TEACHER;
            LocalDate started = category == StaffCategory.EARLY_CAREER_TEACHER ? LocalDate.of(firstYear, 9, 1)
                    : LocalDate.of(firstYear - ids.between(1, 16), 9, 1);
            Person person = register(day, category, started, ids.pick(leaders));
            if (ids.chance(0.1)) {
                assign(day, person, StaffRole.FIRST_AIDER, started);
            } else if (category == StaffCategory.SUPPORT_STAFF && ids.chance(0.15)) {
                assign(day, person, StaffRole.PAEDIATRIC_FIRST_AIDER, started);
            } else if (category == StaffCategory.SUPPORT_STAFF && ids.chance(0.05)) {
                assign(day, person, StaffRole.FIRE_WARDEN, started);
            }
        }
    }

    private Person register(LocalDate day, StaffCategory category, LocalDate started, Person manager) {
        Person person = new Person(new StaffId(ids.next()), category);
        String name = Names.of(ids);
        int serial = registered++;
        // names repeat in a large school, so the person's number makes the address theirs
        String address = Names.address(name + " " + serial, "school%02d.heartwood.example".formatted(number + 1));
        diary.on(day, new RegisterStaffMember(person.id, schoolId, "MIS-%02d-%05d".formatted(number, serial),
                PersonalText.of(name), PersonalText.of(address), category, started,
                ids.chance(0.2) ? new BigDecimal("0.6") : BigDecimal.ONE));
        if (manager != null) {
            person.manager = manager;
            diary.on(day, new AssignLineManager(person.id, manager.id, started));
        }
        (category == StaffCategory.GOVERNOR ? governors : staff).add(person);
        return person;
    }

    private void assign(LocalDate day, Person person, StaffRole role, LocalDate from) {
        person.roles.add(role);
        diary.on(day, new AssignStaffRole(person.id, role, from));
    }

    private void year(AcademicYear year, boolean first, boolean last) {
        LocalDate september = year.firstDay(Month.SEPTEMBER);
        if (!first) {
            newStaff(september);
        }
        List<PriorityId> priorities = Priorities.addedFor(schoolId, year, year.startYear() + number, ids, diary);
        CycleId cycleId = new CycleId(ids.next());
        Map<StaffCategory, StandardsFramework> frameworks = new EnumMap<>(StaffCategory.class);
        frameworks.put(StaffCategory.TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011);
        frameworks.put(StaffCategory.EARLY_CAREER_TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011);
        frameworks.put(StaffCategory.HEADTEACHER, StandardsFramework.HEADTEACHERS_STANDARDS_2020);
        frameworks.put(StaffCategory.SUPPORT_STAFF, SUPPORT_STAFF_STANDARDS);
        diary.on(september, new OpenAppraisalCycle(cycleId, schoolId, year, september,
                year.lastDay(Month.SEPTEMBER), CycleDeadlines.defaultsFor(year), payPolicy, frameworks, 5));
        AppraisalPlan appraisals = new AppraisalPlan(ids, diary, year, cycleId, payPolicy, priorities,
                governors.stream().map(governor -> governor.id).toList(), true);

        LocalDate inset = september.plusDays(ids.between(1, 4));
        List<TrainingPlan.Trainee> everyone = new ArrayList<>();
        for (List<Person> people : List.of(staff, governors)) {
            people.forEach(person -> everyone.add(new TrainingPlan.Trainee(person.id, person.category, person.roles,
                    person.yearsInPost)));
        }
        training.year(year, year.startYear() - size.firstYear(), inset, everyone);
        for (Person person : staff) {
            person.appraisal = null;
            CpdPlan cpd = new CpdPlan(person.id, ids, diary, year,
                    last ? SimulatedClock.TODAY.minusDays(1) : CpdPlan.endOfSummerTerm(year));
            cpd.inset(inset, priorities.get(0));
            if (person.category == StaffCategory.EARLY_CAREER_TEACHER) {
                diary.on(september.plusDays(ids.between(7, 20)), new ExemptFromAppraisal(new AppraisalId(ids.next()),
                        cycleId, person.id, ExemptionReason.INDUCTION, PersonalText.of("Statutory induction")));
            } else {
                Person appraiser = person.category == StaffCategory.HEADTEACHER ? governors.get(0) : person.manager;
                person.appraisal = appraisals.start(person.id, person.category, appraiser.id, Set.of());
                generated.appraisal(person.appraisal.id().value());
            }
            for (int i = 1; i < size.cpdPerYear(); i++) {
                cpd.activity(person.appraisal, priorities);
            }
            if (person.appraisal != null && !appraisals.review(person.appraisal, last)) {
                generated.underWay(person.appraisal.id().value());
            }
        }
        if (!last) {
            leavers(year);
        }
    }

    /** Joiners in place of last year's leavers, and ECTs whose two years of induction are over. */
    private void newStaff(LocalDate september) {
        List<Person> left = staff.stream().filter(person -> person.leaving).toList();
        staff.removeAll(left);
        for (Person person : staff) {
            person.yearsInPost++;
            if (person.category == StaffCategory.EARLY_CAREER_TEACHER && person.yearsInPost >= 2) {
                person.category = StaffCategory.TEACHER;
                diary.on(september.minusDays(2), new ChangeStaffCategory(person.id, StaffCategory.TEACHER, september));
            }
        }
        governors.forEach(governor -> governor.yearsInPost++);
        for (Person leaver : left) {
            StaffCategory category = leaver.category == StaffCategory.SUPPORT_STAFF ? StaffCategory.SUPPORT_STAFF
                    : ids.chance(0.3) ? StaffCategory.EARLY_CAREER_TEACHER : StaffCategory.TEACHER;
            register(september.minusDays(3), category, september, ids.pick(leaders));
        }
    }

    /** About one in twelve teachers and support staff leave at the end of August. */
    private void leavers(AcademicYear year) {
        LocalDate lastDay = year.lastDay(Month.SEPTEMBER);
        for (Person person : staff) {
            if (!person.leader && person.category != StaffCategory.HEADTEACHER && ids.chance(0.08)) {
                person.leaving = true;
                diary.on(LocalDate.of(year.startYear() + 1, 7, ids.between(18, 24)),
                        new RecordStaffLeaving(person.id, lastDay));
            }
        }
    }
}
