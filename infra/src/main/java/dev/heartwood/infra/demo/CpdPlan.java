package dev.heartwood.infra.demo;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.ApproveCpdActivity;
import dev.heartwood.learning.api.CompleteCpdActivity;
import dev.heartwood.learning.api.CompletedLearning;
import dev.heartwood.learning.api.CpdLinks;
import dev.heartwood.learning.api.CpdProposal;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.learning.api.DeclineCpdActivity;
import dev.heartwood.learning.api.EvaluateCpdImpact;
import dev.heartwood.learning.api.GuskeyLevel;
import dev.heartwood.learning.api.ImpactJudgement;
import dev.heartwood.learning.api.LogCompletedCpd;
import dev.heartwood.learning.api.ReflectOnCpdActivity;
import dev.heartwood.learning.api.RequestCpdActivity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * One person's professional learning in a year: the INSET day, then learning requested and approved (now and
 * then declined), completed, reflected on and evaluated, or logged once done. Most of it is linked to the person's
 * objectives once they are set, some to a development need or a school priority.
 */
public final class CpdPlan {

    private record Kind(CpdType type, String title, int minimumHours, int maximumHours, int minimumCost,
                        int maximumCost) {
    }

    private static final List<Kind> REQUESTED = List.of(
            new Kind(CpdType.COURSE, "Subject leadership course", 6, 12, 150, 450),
            new Kind(CpdType.COACHING, "Instructional coaching block", 1, 3, 0, 0),
            new Kind(CpdType.NETWORK, "Trust subject network", 2, 3, 0, 40),
            new Kind(CpdType.QUALIFICATION, "National professional qualification module", 20, 40, 800, 1500),
            new Kind(CpdType.COURSE, "Adaptive teaching for pupils with SEND", 3, 6, 90, 250),
            new Kind(CpdType.COURSE, "Early reading and phonics refresher", 3, 6, 60, 180));
    private static final List<Kind> LOGGED = List.of(
            new Kind(CpdType.READING, "Research summary and reflection", 1, 3, 0, 0),
            new Kind(CpdType.OTHER, "Lesson study with a colleague", 1, 2, 0, 0),
            new Kind(CpdType.NETWORK, "Twilight session at a partner school", 2, 2, 0, 0),
            new Kind(CpdType.READING, "EEF guidance report and department discussion", 1, 2, 0, 0),
            new Kind(CpdType.OTHER, "Webinar on retrieval practice", 1, 1, 0, 0));

    private final StaffId staffId;
    private final Ids ids;
    private final Diary diary;
    private final AcademicYear year;
    /** Nothing is completed after this day: the end of the summer term, or the day before today. */
    private final LocalDate lastDay;

    public CpdPlan(StaffId staffId, Ids ids, Diary diary, AcademicYear year, LocalDate lastDay) {
        this.staffId = staffId;
        this.ids = ids;
        this.diary = diary;
        this.year = year;
        this.lastDay = lastDay;
    }

    /** The last day of the summer term, after which a year's learning is not completed. */
    public static LocalDate endOfSummerTerm(AcademicYear year) {
        return LocalDate.of(year.startYear() + 1, 7, 31);
    }

    public void inset(LocalDate day, PriorityId priority) {
        diary.on(day, new LogCompletedCpd(new CpdActivityId(ids.next()), staffId,
                new CompletedLearning(PersonalText.of("INSET day: " + year + " priorities"), CpdType.INSET,
                        PersonalText.of("School leadership team"), day, day, new BigDecimal(6), BigDecimal.ZERO,
                        null),
                new CpdLinks(List.of(), List.of(), List.of(priority))));
    }

    /**
     * A piece of learning on a day of the year, linked to the person's appraisal where they have one (its
     * {@code linked} collects the objectives it was linked to).
     */
    public void activity(AppraisalPlan.Appraisal appraisal, List<PriorityId> priorities) {
        LocalDate day = year.firstDay(Month.SEPTEMBER).plusDays(ids.between(19, 300));
        CpdLinks links = links(day, appraisal, priorities);
        if (ids.chance(0.45)) {
            requested(day, ids.pick(REQUESTED), links);
        } else {
            logged(day, ids.pick(LOGGED), links);
        }
    }

    private CpdLinks links(LocalDate day, AppraisalPlan.Appraisal appraisal, List<PriorityId> priorities) {
        List<ObjectiveId> objectives = new ArrayList<>();
        List<DevelopmentNeedId> needs = new ArrayList<>();
        if (appraisal != null && appraisal.objectivesSetOn().isBefore(day) && ids.chance(0.6)) {
            ObjectiveId objective = ids.pick(appraisal.objectives());
            objectives.add(objective);
            appraisal.linked().add(objective);
        }
        if (appraisal != null && appraisal.need() != null && appraisal.needOn().isBefore(day) && ids.chance(0.2)) {
            needs.add(appraisal.need());
        }
        return new CpdLinks(objectives, needs, ids.chance(0.3) ? List.of(ids.pick(priorities)) : List.of());
    }

    private void requested(LocalDate day, Kind kind, CpdLinks links) {
        CpdActivityId activityId = new CpdActivityId(ids.next());
        LocalDate startsOn = day.plusDays(ids.between(7, 30));
        LocalDate endsOn = startsOn.plusDays(kind.type() == CpdType.QUALIFICATION ? ids.between(30, 90) : 0);
        BigDecimal hours = new BigDecimal(ids.between(kind.minimumHours(), kind.maximumHours()));
        BigDecimal cost = new BigDecimal(ids.between(kind.minimumCost(), kind.maximumCost()));
        diary.on(day, new RequestCpdActivity(activityId, staffId, new CpdProposal(PersonalText.of(kind.title()),
                kind.type(), PersonalText.of("Trust teaching school hub"), startsOn, endsOn, hours, cost,
                kind.type() == CpdType.COURSE ? new BigDecimal("0.5") : BigDecimal.ZERO,
                PersonalText.of("Pupils in my classes make better progress")), links, day));
        LocalDate decided = day.plusDays(ids.between(1, 5));
        if (ids.chance(0.05)) {
            diary.on(decided, new DeclineCpdActivity(activityId, PersonalText.of("The budget for this term is spent"),
                    decided));
            return;
        }
        diary.on(decided, new ApproveCpdActivity(activityId, decided));
        LocalDate completed = endsOn.plusDays(ids.between(0, 10));
        if (completed.isAfter(lastDay)) {
            return; // approved, still to happen
        }
        diary.on(completed, new CompleteCpdActivity(activityId, endsOn, hours, cost,
                ids.chance(0.4) ? "CPD-" + ids.between(10_000, 99_999) : null));
        followUp(activityId, completed);
    }

    private void logged(LocalDate day, Kind kind, CpdLinks links) {
        CpdActivityId activityId = new CpdActivityId(ids.next());
        LocalDate done = day.isAfter(lastDay) ? lastDay : day;
        diary.on(done, new LogCompletedCpd(activityId, staffId, new CompletedLearning(PersonalText.of(kind.title()),
                kind.type(), null, done.minusDays(ids.between(0, 3)), done,
                new BigDecimal(ids.between(kind.minimumHours(), kind.maximumHours())), BigDecimal.ZERO, null), links));
        if (ids.chance(0.5)) {
            followUp(activityId, done);
        }
    }

    private void followUp(CpdActivityId activityId, LocalDate completed) {
        LocalDate reflected = completed.plusDays(ids.between(1, 14));
        if (reflected.isAfter(lastDay) || !ids.chance(0.6)) {
            return;
        }
        diary.on(reflected, new ReflectOnCpdActivity(activityId,
                PersonalText.of("What I will change in my lessons next week")));
        LocalDate evaluated = reflected.plusDays(ids.between(7, 40));
        if (!evaluated.isAfter(lastDay) && ids.chance(0.5)) {
            diary.on(evaluated, new EvaluateCpdImpact(activityId, ids.next(), ids.pick(List.of(GuskeyLevel.values())),
                    ids.pick(List.of(ImpactJudgement.values())), PersonalText.of("Seen in work scrutiny")));
        }
    }
}
