package dev.heartwood.infra.demo;

import dev.heartwood.appraisal.api.CycleDeadlines;
import dev.heartwood.appraisal.api.ExemptFromAppraisal;
import dev.heartwood.appraisal.api.ExemptionReason;
import dev.heartwood.appraisal.api.OpenAppraisalCycle;
import dev.heartwood.appraisal.api.RegisterSchool;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.TrustId;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.heartwood.infra.demo.AppraisalPlan.Turn;
import dev.heartwood.infra.demo.MandatoryTraining.Standing;

/**
 * One school of the demo trust and its last two academic years, written into its diary: last year complete, every
 * appraisal completed (a few late, one reopened at two of the schools), and this year as it stands today, with one
 * appraisee disagreeing with their objectives and two agreeing late. Each year: the school's priorities, the cycle,
 * the INSET day, the appraisals (early career teachers exempt for their induction), two more pieces of learning
 * for each person, often linked to their objectives; and the mandatory training as it stands today.
 */
final class DemoSchool {

    /** Pieces of learning a person does in a year besides the INSET day. */
    private static final int LEARNING_EACH_YEAR = 2;
    private static final int MOST_OBJECTIVES = 5;

    private final DemoTrust.School school;
    private final TrustId trustId;
    private final LocalDate today;
    private final AcademicYear current;
    private final Ids ids;
    private final Diary diary;
    private final Staffing staffing;

    DemoSchool(DemoTrust.School school, TrustId trustId, LocalDate today, PeopleNames names) {
        this.school = school;
        this.trustId = trustId;
        this.today = today;
        this.current = AcademicYear.containing(today);
        this.ids = new Ids(school.seed());
        this.diary = new Diary(recordsBegin());
        this.staffing = new Staffing(school, current, today, ids, diary, names);
    }

    Staffing staffing() {
        return staffing;
    }

    DemoTrust.School school() {
        return school;
    }

    /** Writes the school's records into its diary. */
    void plan(StandardRequirements requirements) {
        AcademicYear last = new AcademicYear(current.startYear() - 1);
        diary.on(recordsBegin(), new RegisterSchool(school.id(), trustId, school.name(), school.type()));
        staffing.register(recordsBegin());
        List<LocalDate> insets = new ArrayList<>();
        for (AcademicYear year : List.of(last, current)) {
            insets.add(year(year, year.equals(current)));
        }
        MandatoryTraining training = new MandatoryTraining(new TrainingCompletions(requirements, ids, diary), ids,
                today);
        training.except(staffing.teachers.get(1), "safeguarding-update", Standing.FALLING_DUE);
        training.except(staffing.support.get(0), "safeguarding-update", Standing.FALLING_DUE);
        training.except(staffing.teachers.get(7), "safeguarding-update", Standing.LAPSED);
        training.except(staffing.teachers.get(7), "fire-safety", Standing.LAPSED);
        training.except(staffing.leaders.get(1), "deputy-dsl", Standing.LAPSED);
        training.except(staffing.teachers.get(8), "first-aid-at-work", Standing.FALLING_DUE);
        training.except(staffing.newFirstAider, "first-aid-at-work", Standing.NEVER_DONE);
        training.except(staffing.ects.get(1), "prevent", Standing.NEVER_DONE);
        staffing.everyone.forEach(person -> training.record(person, insets));
    }

    /** The school's records begin in the summer holiday before last year. */
    private LocalDate recordsBegin() {
        return current.firstDay(Month.SEPTEMBER).minusYears(1).minusDays(20);
    }

    /** Records what has happened by today. */
    void record(Diary.Recorder recorder) {
        diary.recordUpTo(today, recorder);
    }

    /** Writes one academic year into the diary and answers its INSET day. */
    private LocalDate year(AcademicYear year, boolean isCurrent) {
        LocalDate september = year.firstDay(Month.SEPTEMBER);
        List<PriorityId> priorities = Priorities.addedFor(school.id(), year, year.startYear() + (int) school.seed(),
                ids, diary);
        CycleId cycleId = new CycleId(ids.next());
        diary.on(september, new OpenAppraisalCycle(cycleId, school.id(), year, september,
                year.lastDay(Month.SEPTEMBER), CycleDeadlines.defaultsFor(year), school.payPolicy(), frameworks(),
                MOST_OBJECTIVES));
        LocalDate inset = september.plusDays(ids.between(1, 4));
        AppraisalPlan appraisals = new AppraisalPlan(ids, diary, year, cycleId, school.payPolicy(), priorities,
                staffing.panel().stream().map(Person::id).toList(), school.type() == SchoolType.MAINTAINED);
        for (Person person : staffing.staffOn(september.plusDays(7))) {
            if (person.manager() == null && person.category() != StaffCategory.HEADTEACHER) {
                continue; // the chief executive, whom the trust's board appraises
            }
            CpdPlan learning = new CpdPlan(person.id(), ids, diary, year, CpdPlan.endOfSummerTerm(year));
            learning.inset(inset, priorities.get(0));
            AppraisalPlan.Appraisal appraisal = null;
            if (person.category() == StaffCategory.EARLY_CAREER_TEACHER) {
                diary.on(september.plusDays(ids.between(7, 20)), new ExemptFromAppraisal(
                        new AppraisalId(ids.next()), cycleId, person.id(), ExemptionReason.INDUCTION,
                        PersonalText.of("Statutory induction")));
            } else {
                Person appraiser = person.manager() != null ? person.manager() : staffing.governors.get(0);
                appraisal = appraisals.start(person.id(), person.category(), appraiser.id(),
                        turns(person, isCurrent));
            }
            for (int i = 0; i < LEARNING_EACH_YEAR; i++) {
                learning.activity(appraisal, priorities);
            }
            if (appraisal != null) {
                appraisals.review(appraisal, isCurrent);
            }
        }
        return inset;
    }

    /** This year one teacher disagrees with their objectives and two people agree late; last year one was reopened. */
    private Set<Turn> turns(Person person, boolean isCurrent) {
        if (isCurrent && person == staffing.teachers.get(3)) {
            return EnumSet.of(Turn.DISAGREES);
        }
        if (isCurrent && (person == staffing.teachers.get(5) || person == staffing.support.get(2))) {
            return EnumSet.of(Turn.AGREES_LATE);
        }
        if (!isCurrent && school.reopens() && person == staffing.teachers.get(4)) {
            return EnumSet.of(Turn.REOPENED);
        }
        return Set.of();
    }

    private static Map<StaffCategory, StandardsFramework> frameworks() {
        Map<StaffCategory, StandardsFramework> frameworks = new EnumMap<>(StaffCategory.class);
        frameworks.put(StaffCategory.TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011);
        frameworks.put(StaffCategory.HEADTEACHER, StandardsFramework.HEADTEACHERS_STANDARDS_2020);
        frameworks.put(StaffCategory.SUPPORT_STAFF, StandardsFramework.SUPPORT_STAFF_DEFAULT);
        return frameworks;
    }
}
