package dev.heartwood.infra.demo;

import dev.heartwood.appraisal.api.AddProgressNote;
import dev.heartwood.appraisal.api.AgreeObjectives;
import dev.heartwood.appraisal.api.AppointExternalAdviser;
import dev.heartwood.appraisal.api.AppointGovernorsPanel;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.CommunicateStandards;
import dev.heartwood.appraisal.api.CompleteAppraisal;
import dev.heartwood.appraisal.api.ConsultationStage;
import dev.heartwood.appraisal.api.HoldFinalReview;
import dev.heartwood.appraisal.api.HoldMidYearReview;
import dev.heartwood.appraisal.api.IdentifyDevelopmentNeed;
import dev.heartwood.appraisal.api.IssueAppraisalReport;
import dev.heartwood.appraisal.api.ObjectiveOutcome;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.PayRecommendation;
import dev.heartwood.appraisal.api.RecordExternalAdviserConsulted;
import dev.heartwood.appraisal.api.RecordObjectiveOutcome;
import dev.heartwood.appraisal.api.RecordObjectivesDisagreement;
import dev.heartwood.appraisal.api.ReferenceEvidence;
import dev.heartwood.appraisal.api.ReopenAppraisal;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.SignOffReview;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StartAppraisal;
import dev.heartwood.appraisal.api.SubmitSelfReview;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.StaffId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One school's appraisals in one cycle, written into the school's diary as a school lives the year, each step with
 * the day it happened. September: the appraisal starts and the standards are communicated (the headteacher's with
 * the governors' panel and, where the school has one, an external adviser consulted on the objectives). October:
 * three objectives set (one appraisal in ten in November, after the deadline) and agreed, often a development need.
 * Through the year: progress notes and evidence. February: the mid-year review (one in ten in March, late). June:
 * the self-review. July: the final review, the outcomes (met more often where learning was linked to the
 * objective), the report, both sign-offs and completion. An appraisal may take a {@link Turn} of its own.
 */
public final class AppraisalPlan {

    /** A turn an appraisal takes beyond the usual year. */
    public enum Turn {
        /** The appraisee records in writing that they disagree with their objectives, rather than agreeing. */
        DISAGREES,
        /** The appraisee agrees to their objectives only in January, long after the deadline. */
        AGREES_LATE,
        /** The headteacher reopens it after completion to correct an outcome; it is reported and completed again. */
        REOPENED
    }

    /** What is planned of one person's appraisal, for learning to link to and the review to follow. */
    public record Appraisal(AppraisalId id, StaffCategory category, Set<Turn> turns, List<ObjectiveId> objectives,
                            LocalDate objectivesSetOn, DevelopmentNeedId need, LocalDate needOn,
                            Set<ObjectiveId> linked) {
    }

    private record Objective(String title, String successCriteria) {
    }

    private static final List<Objective> TEACHERS = List.of(
            new Objective("Raise attainment in reading across the year group",
                    "80% of the class at the expected standard in the summer assessments"),
            new Objective("Embed retrieval practice in every unit",
                    "Retrieval starters seen in drop-ins; end-of-unit quiz scores up by a tenth"),
            new Objective("Adapt teaching for pupils with SEND",
                    "Every pupil on SEN support making expected progress against their targets"),
            new Objective("Improve the quality of questioning",
                    "Questioning that reaches every pupil seen in three observations"),
            new Objective("Strengthen feedback so pupils act on it",
                    "Pupils' responses to feedback seen in every book look"),
            new Objective("Develop the maths mastery approach",
                    "Mastery lessons taught weekly; arithmetic scores up by a tenth"),
            new Objective("Coach a colleague new to the year group",
                    "Six coaching conversations held and planning shared across the year group"),
            new Objective("Broaden the curriculum offer in the arts",
                    "An arts club running and every class visiting a gallery or performance"));
    private static final List<Objective> SUPPORT_STAFF = List.of(
            new Objective("Lead the phonics intervention group",
                    "Pupils in the group closing the gap to their peers by the spring assessment"),
            new Objective("Improve attendance of the persistently absent",
                    "Persistent absence in the target group down by a quarter"),
            new Objective("Support pupils' independence in lessons",
                    "Prompt cards in use and fewer adult interventions seen in observations"),
            new Objective("Keep the school's admissions paperwork up to date",
                    "Every admission processed within five school days"),
            new Objective("Complete the level 3 teaching assistant qualification",
                    "Qualification gained by the end of the summer term"));
    private static final List<Objective> HEADTEACHERS = List.of(
            new Objective("Raise attainment in reading across the school",
                    "Reading at the expected standard up by five points at the end of key stage 2"),
            new Objective("Improve attendance and belonging",
                    "Attendance at 96% and persistent absence below the national average"),
            new Objective("Reduce staff workload",
                    "Workload survey scores improved; the marking policy rewritten with staff"),
            new Objective("Strengthen the curriculum in the foundation subjects",
                    "A review with each subject leader completed and acted on"));
    private static final List<String> NEEDS = List.of("Confidence in teaching early reading",
            "Using assessment information to plan next steps", "Managing challenging behaviour calmly",
            "Questioning to check understanding", "Leading and developing a small team",
            "Supporting pupils with speech, language and communication needs");
    private static final int OBJECTIVES_EACH = 3;

    private final Ids ids;
    private final Diary diary;
    private final AcademicYear year;
    private final CycleId cycleId;
    private final PayPolicy payPolicy;
    private final List<PriorityId> priorities;
    /** The governors who appraise the headteacher, their chair first. */
    private final List<StaffId> panel;
    private final boolean externalAdviser;

    public AppraisalPlan(Ids ids, Diary diary, AcademicYear year, CycleId cycleId, PayPolicy payPolicy,
                         List<PriorityId> priorities, List<StaffId> panel, boolean externalAdviser) {
        this.ids = ids;
        this.diary = diary;
        this.year = year;
        this.cycleId = cycleId;
        this.payPolicy = payPolicy;
        this.priorities = priorities;
        this.panel = panel;
        this.externalAdviser = externalAdviser;
    }

    /** From the start in September to the objectives agreed (or disagreed with) and a development need. */
    public Appraisal start(StaffId appraiseeId, StaffCategory category, StaffId appraiserId, Set<Turn> turns) {
        int start = year.startYear();
        AppraisalId appraisalId = new AppraisalId(ids.next());
        LocalDate started = LocalDate.of(start, 9, ids.between(8, 25));
        diary.on(started, new StartAppraisal(appraisalId, cycleId, appraiseeId, appraiserId));
        LocalDate communicated = started.plusDays(ids.between(0, 5));
        diary.on(communicated, new CommunicateStandards(appraisalId, communicated));
        boolean head = category == StaffCategory.HEADTEACHER;
        if (head) {
            diary.on(started.plusDays(1), new AppointGovernorsPanel(appraisalId, panel, panel.get(0),
                    started.plusDays(1)));
        }
        if (head && externalAdviser) {
            diary.on(started.plusDays(2), new AppointExternalAdviser(appraisalId, PersonalText.of(Names.of(ids)),
                    "School Improvement Partners Ltd", started.plusDays(2)));
            diary.on(started.plusDays(3), new RecordExternalAdviserConsulted(appraisalId,
                    ConsultationStage.OBJECTIVE_SETTING, PersonalText.of("Objectives fit the school's plan"),
                    started.plusDays(3)));
        }
        LocalDate objectivesOn = ids.chance(0.1) ? LocalDate.of(start, 11, ids.between(1, 20))
                : LocalDate.of(start, 10, ids.between(1, 28));
        List<ObjectiveId> objectives = new ArrayList<>();
        for (int i = 0; i < OBJECTIVES_EACH; i++) {
            ObjectiveId objectiveId = new ObjectiveId(ids.next());
            objectives.add(objectiveId);
            Objective objective = ids.pick(head ? HEADTEACHERS
                    : category == StaffCategory.SUPPORT_STAFF ? SUPPORT_STAFF : TEACHERS);
            diary.on(objectivesOn, new SetObjective(appraisalId, objectiveId, PersonalText.of(objective.title()),
                    PersonalText.of(objective.successCriteria()), List.of(standardFor(category)),
                    i == 0 && ids.chance(0.7) ? List.of(ids.pick(priorities)) : List.of(), objectivesOn));
        }
        LocalDate agreed = objectivesOn.plusDays(ids.between(0, 3));
        appraiseeAnswers(appraisalId, agreed, turns);
        diary.on(agreed.plusDays(1), new AgreeObjectives(appraisalId, AppraisalParty.APPRAISER, agreed.plusDays(1)));
        DevelopmentNeedId need = null;
        LocalDate needOn = null;
        if (ids.chance(0.7)) {
            need = new DevelopmentNeedId(ids.next());
            needOn = agreed.plusDays(ids.between(1, 10));
            diary.on(needOn, new IdentifyDevelopmentNeed(appraisalId, need, PersonalText.of(ids.pick(NEEDS)), needOn));
        }
        return new Appraisal(appraisalId, category, turns.isEmpty() ? Set.of() : EnumSet.copyOf(turns), objectives,
                objectivesOn, need, needOn, new HashSet<>());
    }

    private void appraiseeAnswers(AppraisalId appraisalId, LocalDate agreed, Set<Turn> turns) {
        if (turns.contains(Turn.DISAGREES)) {
            diary.on(agreed, new RecordObjectivesDisagreement(appraisalId, AppraisalParty.APPRAISEE,
                    PersonalText.of("Three objectives are too many alongside my new responsibilities this year"),
                    agreed));
        } else {
            LocalDate on = turns.contains(Turn.AGREES_LATE)
                    ? LocalDate.of(year.startYear() + 1, 1, ids.between(10, 25)) : agreed;
            diary.on(on, new AgreeObjectives(appraisalId, AppraisalParty.APPRAISEE, on));
        }
    }

    private String standardFor(StaffCategory category) {
        return switch (category) {
            case HEADTEACHER -> "HS" + ids.between(1, 10);
            case SUPPORT_STAFF -> "SS" + ids.between(1, 4);
            default -> "TS" + ids.between(1, 8);
        };
    }

    /**
     * From the first progress note to completion. One appraisal in ten stops short of the final review where the
     * year {@code mayStopShort}: it answers whether the appraisal reaches completion.
     */
    public boolean review(Appraisal appraisal, boolean mayStopShort) {
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
        LocalDate selfReview = LocalDate.of(end, 6, ids.between(1, 28));
        diary.on(selfReview, new SubmitSelfReview(appraisalId,
                PersonalText.of("I have grown most in adaptive teaching"), selfReview));
        if (mayStopShort && ids.chance(0.1)) {
            return false;
        }
        LocalDate finalReview = LocalDate.of(end, 7, ids.between(1, 8));
        diary.on(finalReview, new HoldFinalReview(appraisalId, finalReview));
        for (ObjectiveId objective : appraisal.objectives()) {
            diary.on(finalReview, new RecordObjectiveOutcome(appraisalId, objective,
                    outcome(appraisal.linked().contains(objective)), null, finalReview));
        }
        report(appraisal, finalReview.plusDays(1));
        if (appraisal.turns().contains(Turn.REOPENED)) {
            LocalDate reopened = finalReview.plusDays(ids.between(10, 20));
            diary.on(reopened, new ReopenAppraisal(appraisalId,
                    PersonalText.of("An outcome was recorded against the wrong objective"), reopened));
            diary.on(reopened, new RecordObjectiveOutcome(appraisalId, appraisal.objectives().get(0),
                    ObjectiveOutcome.PARTIALLY_MET, PersonalText.of("Corrected after the review"), reopened));
            report(appraisal, reopened.plusDays(1));
        }
        return true;
    }

    /** The report, with the adviser's view of a headteacher's review, both sign-offs and completion. */
    private void report(Appraisal appraisal, LocalDate issued) {
        AppraisalId appraisalId = appraisal.id();
        diary.on(issued, new IssueAppraisalReport(appraisalId,
                PersonalText.of("A strong year; the next step is leading others"),
                payPolicy.asksForPayRecommendation()
                        ? new PayRecommendation(ids.chance(0.9), PersonalText.of("Objectives met")) : null,
                issued));
        if (appraisal.category() == StaffCategory.HEADTEACHER && externalAdviser) {
            diary.on(issued, new RecordExternalAdviserConsulted(appraisalId, ConsultationStage.FINAL_REVIEW,
                    PersonalText.of("Review fair and well evidenced"), issued));
        }
        diary.on(issued.plusDays(1), new SignOffReview(appraisalId, AppraisalParty.APPRAISEE, null,
                issued.plusDays(1)));
        diary.on(issued.plusDays(2), new SignOffReview(appraisalId, AppraisalParty.APPRAISER, null,
                issued.plusDays(2)));
        diary.on(issued.plusDays(2), new CompleteAppraisal(appraisalId, issued.plusDays(2)));
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
}
