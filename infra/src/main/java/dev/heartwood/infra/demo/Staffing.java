package dev.heartwood.infra.demo;

import dev.heartwood.appraisal.api.AccessRole;
import dev.heartwood.appraisal.api.AccessScope;
import dev.heartwood.appraisal.api.AssignLineManager;
import dev.heartwood.appraisal.api.AssignStaffRole;
import dev.heartwood.appraisal.api.GrantAccess;
import dev.heartwood.appraisal.api.RecordStaffLeaving;
import dev.heartwood.appraisal.api.RegisterStaffMember;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who works at a demo school, since when and under whom, written into the school's diary when the school's records
 * begin: its governors (the chair first), the headteacher (the designated safeguarding lead), three senior leaders
 * (two deputy DSLs, one the SENCO), a business manager, sixteen teachers (the last left at the end of last year),
 * a teacher who joined this September, two early career teachers (one in each year's intake), teaching assistants,
 * office and site staff; first aiders among them, one only lately. At the school that is the trust's base, the
 * trust's chief executive (a trust leader, appraised by the trust's board rather than in a school's cycle) and its
 * HR officer (HR for every school) are on the staff too.
 */
final class Staffing {

    private static final int GOVERNORS = 4;
    /** Governors on the headteacher's appraisal panel (two or three). */
    private static final int PANEL = 3;
    private static final int LEADERS = 3;
    private static final int TEACHERS = 16;
    private static final int SUPPORT_STAFF = 10;
    private static final int TEACHING_ASSISTANTS = 7;

    /** The chair first. */
    final List<Person> governors = new ArrayList<>();
    final Person head;
    final List<Person> leaders = new ArrayList<>();
    final Person businessManager;
    final List<Person> teachers = new ArrayList<>();
    /** The early career teachers: last year's intake, then this year's. */
    final List<Person> ects = new ArrayList<>();
    final List<Person> support = new ArrayList<>();
    /** A teacher who left at the end of last year. */
    final Person leaver;
    /** A teacher who joined this September. */
    final Person joiner;
    /** A teaching assistant who became a first aider a few weeks ago, and has not been trained yet. */
    final Person newFirstAider;
    /** At the trust's base only, else none. */
    final Person chiefExecutive;
    final Person hr;
    /** Everyone who has been on the staff, governors first, each after their line manager. */
    final List<Person> everyone = new ArrayList<>();

    private final DemoTrust.School school;
    private final SchoolId schoolId;
    private final Ids ids;
    private final Diary diary;
    private final PeopleNames names;
    /** The first day of last year, from which the school's records begin. */
    private final LocalDate lastYear;
    private final LocalDate thisYear;
    private final LocalDate today;

    Staffing(DemoTrust.School school, AcademicYear current, LocalDate today, Ids ids, Diary diary,
             PeopleNames names) {
        this.school = school;
        this.schoolId = school.id();
        this.ids = ids;
        this.diary = diary;
        this.names = names;
        this.thisYear = current.firstDay(Month.SEPTEMBER);
        this.lastYear = thisYear.minusYears(1);
        this.today = today;
        for (int i = 0; i < GOVERNORS; i++) {
            governors.add(hire(StaffCategory.GOVERNOR, yearsBefore(1, 6), null, Set.of()));
        }
        head = hire(StaffCategory.HEADTEACHER, yearsBefore(3, 9), null, Set.of(StaffRole.DSL));
        leaders.add(hire(StaffCategory.TEACHER, yearsBefore(4, 14), head, Set.of(StaffRole.DEPUTY_DSL)));
        leaders.add(hire(StaffCategory.TEACHER, yearsBefore(4, 14), head,
                Set.of(StaffRole.DEPUTY_DSL, StaffRole.SENCO)));
        for (int i = 2; i < LEADERS; i++) {
            leaders.add(hire(StaffCategory.TEACHER, yearsBefore(4, 14), head, Set.of()));
        }
        businessManager = hire(StaffCategory.SUPPORT_STAFF, yearsBefore(3, 12), head, Set.of());
        for (int i = 0; i < TEACHERS - 1; i++) {
            teachers.add(hire(StaffCategory.TEACHER, yearsBefore(3, 16), leaders.get(i % LEADERS),
                    i % 6 == 2 ? Set.of(StaffRole.FIRST_AIDER)
                            : i == 11 ? Set.of(StaffRole.MENTAL_HEALTH_FIRST_AIDER) : Set.of()));
        }
        leaver = hire(StaffCategory.TEACHER, yearsBefore(2, 6), leaders.get(2), Set.of(), school.domain(),
                thisYear.minusDays(1));
        joiner = hire(StaffCategory.TEACHER, thisYear, leaders.get(2), Set.of());
        ects.add(hire(StaffCategory.EARLY_CAREER_TEACHER, lastYear, leaders.get(0), Set.of()));
        ects.add(hire(StaffCategory.EARLY_CAREER_TEACHER, thisYear, leaders.get(1), Set.of()));
        for (int i = 0; i < SUPPORT_STAFF; i++) {
            Set<StaffRole> roles = i == 9 ? Set.of(StaffRole.FIRE_WARDEN)
                    : school.primary() && (i == 4 || i == 5) ? Set.of(StaffRole.PAEDIATRIC_FIRST_AIDER)
                    : i == 3 ? Set.of(StaffRole.FIRST_AIDER) : Set.of();
            support.add(hire(StaffCategory.SUPPORT_STAFF, yearsBefore(3, 12),
                    i < TEACHING_ASSISTANTS ? leaders.get(1) : businessManager, roles));
        }
        newFirstAider = support.get(3);
        chiefExecutive = school.trustBase()
                ? hire(StaffCategory.TEACHER, yearsBefore(4, 6), null, Set.of(), DemoTrust.DOMAIN, null) : null;
        hr = school.trustBase()
                ? hire(StaffCategory.SUPPORT_STAFF, yearsBefore(3, 6), chiefExecutive, Set.of(), DemoTrust.DOMAIN,
                null) : null;
    }

    /**
     * Writes the staff into the diary: registered with their line managers and roles on the day the school's records
     * begin (a joiner just before they start), the grants, the leaver.
     */
    void register(LocalDate opened) {
        int serial = 0;
        for (Person person : everyone) {
            LocalDate day = person.started().isAfter(opened) ? person.started().minusDays(3) : opened;
            diary.on(day, new RegisterStaffMember(person.id(), schoolId, "%s-%04d".formatted(school.misPrefix(),
                    ++serial), PersonalText.of(person.name()), PersonalText.of(person.address()), person.category(),
                    person.started(), person.category() == StaffCategory.GOVERNOR ? new BigDecimal("0.1")
                    : ids.chance(0.2) ? new BigDecimal("0.6") : BigDecimal.ONE));
            if (person.manager() != null) {
                LocalDate from = later(person.started(), person.manager().started());
                diary.on(day, new AssignLineManager(person.id(), person.manager().id(), from));
            }
            for (StaffRole role : person.roles()) {
                LocalDate from = person == newFirstAider ? today.minusDays(ids.between(40, 70)) : person.started();
                diary.on(later(day, from), new AssignStaffRole(person.id(), role, from));
            }
        }
        leaders.forEach(leader -> diary.on(opened, new GrantAccess(leader.id(), AccessRole.SENIOR_LEADER,
                AccessScope.SCHOOL)));
        if (school.trustBase()) {
            diary.on(opened, new GrantAccess(chiefExecutive.id(), AccessRole.TRUST_LEADER, AccessScope.TRUST));
            diary.on(opened, new GrantAccess(hr.id(), AccessRole.HR, AccessScope.TRUST));
        }
        // on their last day, after anything they did that year
        diary.on(leaver.leftOn(), new RecordStaffLeaving(leaver.id(), leaver.leftOn()));
    }

    /** The governors who appraise the headteacher, the chair first. */
    List<Person> panel() {
        return governors.subList(0, PANEL);
    }

    /** The staff (governors aside) on the staff on a day, in the order they were hired. */
    List<Person> staffOn(LocalDate day) {
        return everyone.stream()
                .filter(person -> person.category() != StaffCategory.GOVERNOR && person.onTheStaffOn(day))
                .toList();
    }

    private Person hire(StaffCategory category, LocalDate started, Person manager, Set<StaffRole> roles) {
        return hire(category, started, manager, roles, school.domain(), null);
    }

    private Person hire(StaffCategory category, LocalDate started, Person manager, Set<StaffRole> roles,
                        String domain, LocalDate leftOn) {
        String name = names.unused(ids);
        Person person = new Person(new StaffId(ids.next()), name, Names.address(name, domain), category, started,
                manager, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), leftOn);
        everyone.add(person);
        return person;
    }

    private LocalDate yearsBefore(int fewest, int most) {
        return lastYear.minusYears(ids.between(fewest, most));
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
