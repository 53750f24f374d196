package dev.heartwood.reporting.tracker;

import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.AppraisalTerminated;
import dev.heartwood.appraisal.api.AppraiserChanged;
import dev.heartwood.appraisal.api.ClosingStep;
import dev.heartwood.appraisal.api.DevelopmentNeedIdentified;
import dev.heartwood.appraisal.api.EvidenceReferenced;
import dev.heartwood.appraisal.api.FinalReviewHeld;
import dev.heartwood.appraisal.api.MidYearReviewHeld;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.ObjectivesDisagreementRecorded;
import dev.heartwood.appraisal.api.ProgressNoteAdded;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.SelfReviewSubmitted;
import dev.heartwood.appraisal.api.StandardsCommunicated;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.reporting.EventPosition;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One row per appraisal with the day each step of the year was done; replaying the events leaves the same rows. */
@Component
@ProjectionTables({"completion_appraisal"})
@ProcessingGroup(CompletionTrackerProjection.PROCESSING_GROUP)
@IgnoresEvents({
        // the tracker follows the steps of the year, not what is written along the way
        DevelopmentNeedIdentified.class, EvidenceReferenced.class, ProgressNoteAdded.class,
        StandardsCommunicated.class
})
class CompletionTrackerProjection {

    static final String PROCESSING_GROUP = "completion-tracker";

    private final JdbcClient jdbc;

    CompletionTrackerProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppraisalStarted event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO completion_appraisal (appraisal_id, cycle_id, school_id, appraisee_id, category,
                                                          appraiser_id, status, started_on, last_event_index)
                        VALUES (:appraisal, :cycle, :school, :appraisee, :category, :appraiser, 'UNDER_WAY', :started,
                                :index)
                        ON CONFLICT (appraisal_id) DO NOTHING""")
                .param("appraisal", event.appraisalId().value())
                .param("cycle", event.cycleId().value())
                .param("school", event.schoolId().value())
                .param("appraisee", event.appraiseeId().value())
                .param("category", event.category().name())
                .param("appraiser", event.appraiserId().value())
                .param("started", event.startedOn())
                .param("index", EventPosition.of(token))
                .update();
    }

    @EventHandler
    void on(AppraisalExempted event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO completion_appraisal (appraisal_id, cycle_id, school_id, appraisee_id, exemption,
                                                          status, started_on, last_event_index)
                        VALUES (:appraisal, :cycle, :school, :appraisee, :reason, 'EXEMPT', :on, :index)
                        ON CONFLICT (appraisal_id) DO NOTHING""")
                .param("appraisal", event.appraisalId().value())
                .param("cycle", event.cycleId().value())
                .param("school", event.schoolId().value())
                .param("appraisee", event.appraiseeId().value())
                .param("reason", event.reason().name())
                .param("on", event.exemptedOn())
                .param("index", EventPosition.of(token))
                .update();
    }

    @EventHandler
    void on(AppraiserChanged event, TrackingToken token) {
        update(event.appraisalId(), "appraiser_id = ?", token, event.appraiserId().value());
    }

    /**
     * Once both parties have agreed the objectives as they stand, the objectives step is done, on the later of the
     * two agreements; the first time it is done is the one that meets the deadline, as an objective revised later
     * in the year needs agreeing again but does not make the step late.
     */
    @EventHandler
    void on(ObjectivesAgreed event, TrackingToken token) {
        boolean appraisee = event.party() == AppraisalParty.APPRAISEE;
        String own = appraisee ? "appraisee_agreed_on" : "appraiser_agreed_on";
        String other = appraisee ? "appraiser_agreed_on" : "appraisee_agreed_on";
        update(event.appraisalId(), """
                %1$s = coalesce(%1$s, ?),
                objectives_done_on = least(objectives_done_on,
                                           CASE WHEN %2$s IS NOT NULL THEN greatest(coalesce(%1$s, ?), %2$s) END)"""
                .formatted(own, other), token, event.agreedOn(), event.agreedOn());
    }

    /** A disagreement recorded in writing completes the objectives step as an agreement does. */
    @EventHandler
    void on(ObjectivesDisagreementRecorded event, TrackingToken token) {
        update(event.appraisalId(), """
                disagreement_recorded = true, disagreement_recorded_on = least(disagreement_recorded_on, ?),
                objectives_done_on = least(objectives_done_on, ?)""", token, event.recordedOn(), event.recordedOn());
    }

    @EventHandler
    void on(MidYearReviewHeld event, TrackingToken token) {
        // the first review meets the deadline; a follow-up does not make it late
        update(event.appraisalId(), "mid_year_review_on = least(mid_year_review_on, ?)", token, event.heldOn());
    }

    @EventHandler
    void on(SelfReviewSubmitted event, TrackingToken token) {
        update(event.appraisalId(), "self_review_on = ?", token, event.submittedOn());
    }

    @EventHandler
    void on(FinalReviewHeld event, TrackingToken token) {
        update(event.appraisalId(), "final_review_on = ?", token, event.heldOn());
    }

    @EventHandler
    void on(AppraisalReportIssued event, TrackingToken token) {
        update(event.appraisalId(), dayOf(ClosingStep.REPORT_ISSUED) + " = ?", token, event.issuedOn());
    }

    @EventHandler
    void on(ReviewSignedOff event, TrackingToken token) {
        update(event.appraisalId(), dayOf(ClosingStep.signOffBy(event.party())) + " = ?", token, event.signedOn());
    }

    @EventHandler
    void on(AppraisalCompleted event, TrackingToken token) {
        update(event.appraisalId(), "status = 'COMPLETED', " + dayOf(ClosingStep.COMPLETED) + " = ?", token,
                event.completedOn());
    }

    /** A reopened appraisal needs every closing step again. */
    @EventHandler
    void on(AppraisalReopened event, TrackingToken token) {
        update(event.appraisalId(), "status = 'UNDER_WAY', " + Arrays.stream(ClosingStep.values())
                .map(step -> dayOf(step) + " = NULL")
                .collect(Collectors.joining(", ")), token);
    }

    /** The column holding the day of a closing step. */
    private static String dayOf(ClosingStep step) {
        return switch (step) {
            case REPORT_ISSUED -> "report_issued_on";
            case APPRAISEE_SIGNED_OFF -> "appraisee_signed_off_on";
            case APPRAISER_SIGNED_OFF -> "appraiser_signed_off_on";
            case COMPLETED -> "completed_on";
        };
    }

    @EventHandler
    void on(AppraisalTerminated event, TrackingToken token) {
        update(event.appraisalId(), "status = 'TERMINATED'", token);
    }

    private void update(AppraisalId appraisalId, String assignments, TrackingToken token, Object... values) {
        List<Object> parameters = new ArrayList<>(List.of(values));
        parameters.add(EventPosition.of(token));
        parameters.add(appraisalId.value());
        jdbc.sql("UPDATE completion_appraisal SET " + assignments
                        + ", last_event_index = greatest(last_event_index, ?) WHERE appraisal_id = ?")
                .params(parameters)
                .update();
    }
}
