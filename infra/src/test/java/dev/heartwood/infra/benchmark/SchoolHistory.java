package dev.heartwood.infra.benchmark;

import dev.heartwood.appraisal.api.AddProgressNote;
import dev.heartwood.appraisal.api.AddSchoolPriority;
import dev.heartwood.appraisal.api.AgreeObjectives;
import dev.heartwood.appraisal.api.AppointExternalAdviser;
import dev.heartwood.appraisal.api.AppointGovernorsPanel;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AssignLineManager;
import dev.heartwood.appraisal.api.AssignStaffRole;
import dev.heartwood.appraisal.api.ChangeStaffCategory;
import dev.heartwood.appraisal.api.CommunicateStandards;
import dev.heartwood.appraisal.api.CompleteAppraisal;
import dev.heartwood.appraisal.api.ConsultationStage;
import dev.heartwood.appraisal.api.CycleDeadlines;
import dev.heartwood.appraisal.api.ExemptFromAppraisal;
import dev.heartwood.appraisal.api.ExemptionReason;
import dev.heartwood.appraisal.api.HoldFinalReview;
import dev.heartwood.appraisal.api.HoldMidYearReview;
import dev.heartwood.appraisal.api.IdentifyDevelopmentNeed;
import dev.heartwood.appraisal.api.IssueAppraisalReport;
import dev.heartwood.appraisal.api.ObjectiveOutcome;
import dev.heartwood.appraisal.api.OpenAppraisalCycle;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.PayRecommendation;
import dev.heartwood.appraisal.api.RecordExternalAdviserConsulted;
import dev.heartwood.appraisal.api.RecordObjectiveOutcome;
import dev.heartwood.appraisal.api.RecordStaffLeaving;
import dev.heartwood.appraisal.api.ReferenceEvidence;
import dev.heartwood.appraisal.api.RegisterSchool;
import dev.heartwood.appraisal.api.RegisterStaffMember;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.SignOffReview;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.appraisal.api.Standard;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.appraisal.api.StartAppraisal;
import dev.heartwood.appraisal.api.SubmitSelfReview;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.ObjectiveId;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One school of the trust and its years: the staff with their roles and line managers, then each academic year
 * as a school lives it. September: the school's priorities, the cycle, joiners, the INSET day with the
 * safeguarding update, appraisals started (an ECT's exempt for induction, the headteacher's with a governors'
 * panel and an external adviser). October: objectives set and agreed, development needs. Through the year:
 * professional learning, requested and approved or logged, often linked to the person's objectives, with
 * reflections and evaluations; progress notes; mandatory training as it falls due. February: mid-year reviews
 * (some late). June: self-reviews. July: final reviews, outcomes (better where learning was linked), reports,
 * sign-offs and completion; leavers. In the last year, 2025/26, which ends on the benchmark's today, one appraisal
 * in ten is still waiting for its final review.
 */
final class SchoolHistory {

    private static final StandardsFramework SUPPORT_STAFF_STANDARDS = new StandardsFramework(
            "Trust support staff standards", List.of(
            new Standard("SS1", "Supports pupils' learning and wellbeing"),
            new Standard("SS2", "Works in partnership with colleagues and families"),
            new Standard("SS3", "Keeps pupils safe"),
            new Standard("SS4", "Develops their own practice")));
    private static final List<String> OBJECTIVES = List.of("Raise attainment in reading across the year group",
            "Embed retrieval practice in every unit", "Adapt teaching for pupils with SEND",
            "Improve the quality of questioning", "Lead the phonics intervention group",
            "Strengthen feedback so pupils act on it", "Develop the maths mastery approach",
            "Improve attendance of the persistently absent", "Coach a colleague new to the year group",
            "Broaden the curriculum offer in the arts");
    private static final List<String> PRIORITIES = List.of("Reading for pleasure in every classroom",
            "Attendance and belonging", "Adaptive teaching for pupils with SEND", "Curriculum sequencing in KS3",
            "Staff wellbeing and workload");

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
        YearAppraisal appraisal;

        Person(StaffId id, StaffCategory category) {
            this.id = id;
            this.category = category;
        }
    }

    /** What the generator has planned of a person's appraisal this year, for learning to link to. */
    private record YearAppraisal(AppraisalId id, List<ObjectiveId> objectives, LocalDate objectivesSetOn,
                                 DevelopmentNeedId need, LocalDate needOn, Set<ObjectiveId> linked) {
    }

    private final int number;
    private final SchoolId schoolId;
    private final TrustId trustId;
    private final PayPolicy payPolicy;
    private final BenchmarkSize size;
    private final Ids ids;
    private final TrainingPlan training;
    private final Diary diary = new Diary();
    private final Map<String, Object> metadata;
    private final List<Person> governors = new ArrayList<>();
    /** Everyone on the staff now, governors aside, the headteacher first. */
    private final List<Person> staff = new ArrayList<>();
    private final List<Person> leaders = new ArrayList<>();
    private final GeneratedTrust.Builder generated;
    /** People registered so far, which numbers their MIS identifiers. */
    private int registered;

    SchoolHistory(int number, TrustId trustId, BenchmarkSize size, TrainingPlan.Requirements requirements,
                  UUID actorId, GeneratedTrust.Builder generated) {
        this.number = number;
        this.trustId = trustId;
        this.size = size;
        this.ids = new Ids(1_000L + number);
        this.schoolId = new SchoolId(ids.next());
        this.payPolicy = number % 4 == 3 ? PayPolicy.HYBRID : PayPolicy.NOT_PERFORMANCE_RELATED;
        this.training = new TrainingPlan(requirements, ids, diary);
        this.generated = generated;
        this.metadata = Map.of(MetadataKeys.ACTOR_ID, actorId.toString(), MetadataKeys.ACTOR_ROLE, "HR",
                MetadataKeys.TRUST_ID, trustId.value().toString(), MetadataKeys.SCHOOL_ID, schoolId.value().toString());
    }

    /** Records the school's whole history, year by year. */
    void record(Recorder recorder) {
        open(LocalDate.of(size.firstYear(), Month.AUGUST, 20));
        diary.recordWith(recorder, metadata);
        for (int year = size.firstYear(); year <= SimulatedClock.LAST_YEAR; year++) {
            year(new AcademicYear(year), year == size.firstYear(), year == SimulatedClock.LAST_YEAR);
            diary.recordWith(recorder, metadata);
        }
        generated.school(schoolId.value(), staff.stream().map(person -> person.id.value()).toList());
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
        diary.on(day, new RegisterStaffMember(person.id, schoolId, "MIS-%02d-%05d".formatted(number, serial),
                PersonalText.of(name), PersonalText.of(Names.email(name, number, serial)), category, started,
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
        List<PriorityId> priorities = priorities(year);
        CycleId cycleId = new CycleId(ids.next());
        Map<StaffCategory, StandardsFramework> frameworks = new EnumMap<>(StaffCategory.class);
        frameworks.put(StaffCategory.TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011);
        frameworks.put(StaffCategory.EARLY_CAREER_TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011);
        frameworks.put(StaffCategory.HEADTEACHER, StandardsFramework.HEADTEACHERS_STANDARDS_2020);
        frameworks.put(StaffCategory.SUPPORT_STAFF, SUPPORT_STAFF_STANDARDS);
        diary.on(september, new OpenAppraisalCycle(cycleId, schoolId, year, september,
                year.lastDay(Month.SEPTEMBER), CycleDeadlines.defaultsFor(year), payPolicy, frameworks, 5));

        LocalDate inset = september.plusDays(ids.between(1, 4));
        List<TrainingPlan.Trainee> everyone = new ArrayList<>();
        for (List<Person> people : List.of(staff, governors)) {
            people.forEach(person -> everyone.add(new TrainingPlan.Trainee(person.id, person.category, person.roles,
                    person.yearsInPost)));
        }
        training.year(year, year.startYear() - size.firstYear(), inset, everyone);
        for (Person person : staff) {
            person.appraisal = null;
            CpdPlan cpd = new CpdPlan(person.id, ids, diary, year, last);
            cpd.inset(inset, priorities.get(0));
            if (person.category == StaffCategory.EARLY_CAREER_TEACHER) {
                diary.on(september.plusDays(ids.between(7, 20)), new ExemptFromAppraisal(new AppraisalId(ids.next()),
                        cycleId, person.id, ExemptionReason.INDUCTION, PersonalText.of("Statutory induction")));
            } else {
                person.appraisal = startAppraisal(person, cycleId, year, priorities);
            }
            for (int i = 1; i < size.cpdPerYear(); i++) {
                YearAppraisal appraisal = person.appraisal;
                cpd.activity(appraisal == null ? null : new CpdPlan.Links(appraisal.objectives(),
                        appraisal.objectivesSetOn(), appraisal.need(), appraisal.needOn(), appraisal.linked()),
                        priorities);
            }
            if (person.appraisal != null) {
                review(person, year, last);
            }
        }
        if (!last) {
            leavers(year);
        }
    }

    private List<PriorityId> priorities(AcademicYear year) {
        List<PriorityId> priorities = new ArrayList<>();
        LocalDate day = year.firstDay(Month.SEPTEMBER).minusDays(5);
        for (int i = 0; i < 3; i++) {
            PriorityId priority = new PriorityId(ids.next());
            priorities.add(priority);
            diary.on(day, new AddSchoolPriority(schoolId, priority, year,
                    PRIORITIES.get((year.startYear() + number + i) % PRIORITIES.size())));
        }
        return priorities;
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

    private YearAppraisal startAppraisal(Person person, CycleId cycleId, AcademicYear year,
                                         List<PriorityId> priorities) {
        int start = year.startYear();
        AppraisalId appraisalId = new AppraisalId(ids.next());
        LocalDate started = LocalDate.of(start, 9, ids.between(8, 25));
        boolean head = person.category == StaffCategory.HEADTEACHER;
        Person appraiser = head ? governors.get(0) : person.manager;
        diary.on(started, new StartAppraisal(appraisalId, cycleId, person.id, appraiser.id));
        diary.on(started.plusDays(ids.between(0, 5)), new CommunicateStandards(appraisalId, null));
        if (head) {
            diary.on(started.plusDays(1), new AppointGovernorsPanel(appraisalId,
                    governors.stream().map(governor -> governor.id).toList(), governors.get(0).id, null));
            diary.on(started.plusDays(2), new AppointExternalAdviser(appraisalId, PersonalText.of(Names.of(ids)),
                    "School Improvement Partners Ltd", null));
            diary.on(started.plusDays(3), new RecordExternalAdviserConsulted(appraisalId,
                    ConsultationStage.OBJECTIVE_SETTING, PersonalText.of("Objectives fit the school's plan"), null));
        }
        LocalDate objectivesOn = ids.chance(0.1) ? LocalDate.of(start, 11, ids.between(1, 20))
                : LocalDate.of(start, 10, ids.between(1, 28));
        List<ObjectiveId> objectives = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ObjectiveId objectiveId = new ObjectiveId(ids.next());
            objectives.add(objectiveId);
            diary.on(objectivesOn, new SetObjective(appraisalId, objectiveId,
                    PersonalText.of(ids.pick(OBJECTIVES)),
                    PersonalText.of("Seen in outcomes, book looks and pupil voice by the summer term"),
                    List.of(standardFor(person.category)),
                    i == 0 && ids.chance(0.7) ? List.of(ids.pick(priorities)) : List.of(), null));
        }
        LocalDate agreed = objectivesOn.plusDays(ids.between(0, 3));
        diary.on(agreed, new AgreeObjectives(appraisalId, AppraisalParty.APPRAISEE, null));
        diary.on(agreed.plusDays(1), new AgreeObjectives(appraisalId, AppraisalParty.APPRAISER, null));
        DevelopmentNeedId need = null;
        LocalDate needOn = null;
        if (ids.chance(0.7)) {
            need = new DevelopmentNeedId(ids.next());
            needOn = agreed.plusDays(ids.between(1, 10));
            diary.on(needOn, new IdentifyDevelopmentNeed(appraisalId, need,
                    PersonalText.of("Confidence in " + ids.pick(PRIORITIES).toLowerCase()), null));
        }
        generated.appraisal(appraisalId.value());
        return new YearAppraisal(appraisalId, objectives, objectivesOn, need, needOn, new HashSet<>());
    }

    private String standardFor(StaffCategory category) {
        return switch (category) {
            case HEADTEACHER -> "HS" + ids.between(1, 10);
            case SUPPORT_STAFF -> "SS" + ids.between(1, 4);
            default -> "TS" + ids.between(1, 8);
        };
    }

    /** From the first progress note to completion; the last year stops short for one appraisal in ten. */
    private void review(Person person, AcademicYear year, boolean last) {
        YearAppraisal appraisal = person.appraisal;
        AppraisalId appraisalId = appraisal.id();
        int end = year.startYear() + 1;
        for (int notes = ids.between(1, 2); notes > 0; notes--) {
            diary.on(LocalDate.of(year.startYear(), 11, 15).plusDays(ids.between(0, 190)),
                    new AddProgressNote(appraisalId, ids.next(), PersonalText.of("Good progress seen in a drop-in"),
                            ids.chance(0.2)));
        }
        if (ids.chance(0.3)) {
            diary.on(LocalDate.of(end, 3, ids.between(1, 31)), new ReferenceEvidence(appraisalId, ids.next(),
                    PersonalText.of("Pupil work samples"), PersonalText.of("Shared drive / appraisal / evidence"),
                    false));
        }
        LocalDate midYear = ids.chance(0.1) ? LocalDate.of(end, 3, ids.between(1, 20))
                : LocalDate.of(end, 2, ids.between(1, 27));
        diary.on(midYear, new HoldMidYearReview(appraisalId, midYear, PersonalText.of("On track for two of three")));
        diary.on(LocalDate.of(end, 6, ids.between(1, 28)),
                new SubmitSelfReview(appraisalId, PersonalText.of("I have grown most in adaptive teaching"), null));
        if (last && ids.chance(0.1)) {
            generated.underWay(appraisalId.value());
            return;
        }
        LocalDate finalReview = LocalDate.of(end, 7, ids.between(1, 8));
        diary.on(finalReview, new HoldFinalReview(appraisalId, finalReview));
        for (ObjectiveId objective : appraisal.objectives()) {
            diary.on(finalReview, new RecordObjectiveOutcome(appraisalId, objective,
                    outcome(appraisal.linked().contains(objective)), null, null));
        }
        boolean payRecommendation = payPolicy.asksForPayRecommendation();
        diary.on(finalReview.plusDays(1), new IssueAppraisalReport(appraisalId,
                PersonalText.of("A strong year; the next step is leading others"),
                payRecommendation ? new PayRecommendation(ids.chance(0.9), PersonalText.of("Objectives met")) : null,
                null));
        if (person.category == StaffCategory.HEADTEACHER) {
            diary.on(finalReview.plusDays(1), new RecordExternalAdviserConsulted(appraisalId,
                    ConsultationStage.FINAL_REVIEW, PersonalText.of("Review fair and well evidenced"), null));
        }
        diary.on(finalReview.plusDays(2), new SignOffReview(appraisalId, AppraisalParty.APPRAISEE, null, null));
        diary.on(finalReview.plusDays(3), new SignOffReview(appraisalId, AppraisalParty.APPRAISER, null, null));
        diary.on(finalReview.plusDays(3), new CompleteAppraisal(appraisalId, null));
    }

    /** Objectives that learning was linked to are met more often: the pattern the headline report looks for. */
    private ObjectiveOutcome outcome(boolean learningLinked) {
        double roll = ids.fraction();
        double met = learningLinked ? 0.65 : 0.45;
        double partly = met + (learningLinked ? 0.22 : 0.30);
        double notMet = partly + (learningLinked ? 0.05 : 0.12);
        return roll < met ? ObjectiveOutcome.MET : roll < partly ? ObjectiveOutcome.PARTIALLY_MET
                : roll < notMet ? ObjectiveOutcome.NOT_MET : ObjectiveOutcome.CONTINUING;
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
