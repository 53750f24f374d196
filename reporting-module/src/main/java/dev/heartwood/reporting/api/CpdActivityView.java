package dev.heartwood.reporting.api;

import dev.heartwood.learning.api.GuskeyLevel;
import dev.heartwood.learning.api.ImpactJudgement;
import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A piece of professional learning with every step taken on it. Hours and costs are in pounds and hours; what was
 * asked for is empty for learning logged as already done, what it took in the end until it is completed.
 *
 * @param type          COURSE, COACHING, INSET, NETWORK, READING, QUALIFICATION or OTHER
 * @param status        REQUESTED (awaiting a decision), APPROVED, DECLINED or COMPLETED
 * @param logged        recorded afterwards as already done, so never asked for nor decided on
 * @param requestedOn   the day it was asked for, or for logged learning the day it was recorded
 * @param decidedOn     the day it was approved or declined
 * @param reflections   oldest first; each adds to the ones before
 * @param evaluations   in the order they were made
 * @param links         what it serves now, in the order each link was made
 * @param linkHistory   every link made and taken back, oldest first, the links it was asked for with included
 * @param lastEventIndex the position in the event stream of the last step recorded
 */
public record CpdActivityView(UUID activityId, UUID staffId, UUID schoolId, String title, String type,
                              @Nullable String provider, String status, boolean logged, LocalDate requestedOn,
                              LocalDate startsOn, LocalDate endsOn, @Nullable BigDecimal expectedHours,
                              @Nullable BigDecimal expectedCost, @Nullable BigDecimal coverDays,
                              @Nullable String intendedImpact, @Nullable LocalDate decidedOn,
                              @Nullable String declineReason, @Nullable LocalDate completedOn,
                              @Nullable BigDecimal completedHours, @Nullable BigDecimal completedCost,
                              @Nullable String certificateReference, List<Reflection> reflections,
                              List<Evaluation> evaluations, List<Link> links, List<LinkChange> linkHistory,
                              long lastEventIndex) {

    /** What a piece of learning can serve. */
    public enum LinkKind {
        /** one of the person's appraisal objectives */
        OBJECTIVE,
        /** a development need identified in the person's appraisal */
        DEVELOPMENT_NEED,
        /** one of the improvement priorities of the person's school */
        PRIORITY
    }

    /** What the person took from the learning, on the day they wrote it. */
    public record Reflection(String text, LocalDate reflectedOn) {
    }

    /** A judgement of the learning's impact at one of Guskey's levels, with the evidence noted. */
    public record Evaluation(UUID evaluationId, GuskeyLevel level, ImpactJudgement judgement, String note,
                             LocalDate evaluatedOn) {
    }

    /**
     * Something the learning serves now.
     *
     * @param label the objective's title, the need's description or the priority's title; empty while the records
     *              it comes from do not have it
     */
    public record Link(LinkKind kind, UUID targetId, @Nullable String label, LocalDate linkedOn) {
    }

    /**
     * A link made ({@code linked}) or taken back, on a day.
     *
     * @param label as in {@link Link}
     */
    public record LinkChange(LocalDate on, LinkKind kind, UUID targetId, @Nullable String label, boolean linked) {
    }
}
