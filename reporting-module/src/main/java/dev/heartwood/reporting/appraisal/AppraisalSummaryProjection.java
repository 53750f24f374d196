package dev.heartwood.reporting.appraisal;

import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.AppraisalTerminated;
import dev.heartwood.appraisal.api.AppraiserChanged;
import dev.heartwood.appraisal.api.DevelopmentNeedIdentified;
import dev.heartwood.appraisal.api.EvidenceReferenced;
import dev.heartwood.appraisal.api.ExternalAdviserAppointed;
import dev.heartwood.appraisal.api.ExternalAdviserConsulted;
import dev.heartwood.appraisal.api.FinalReviewHeld;
import dev.heartwood.appraisal.api.GovernorsPanelAppointed;
import dev.heartwood.appraisal.api.MidYearReviewHeld;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.ObjectivesDisagreementRecorded;
import dev.heartwood.appraisal.api.ProgressNoteAdded;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.SelfReviewSubmitted;
import dev.heartwood.appraisal.api.StandardsCommunicated;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.reporting.EventPosition;
import dev.heartwood.reporting.RowUpdate;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One row per appraisal and one per objective; replaying the same events leaves the same rows. */
@Component
@ProjectionTables({"appraisal_summary", "appraisal_summary_objective"})
@ProcessingGroup(AppraisalSummaryProjection.PROCESSING_GROUP)
@IgnoresEvents({
        // the summary shows where each appraisal stands and its objectives' outcomes; the year's other steps are the
        // completion tracker's, and what is written along the way is the history's
        AppraisalReportIssued.class, DevelopmentNeedIdentified.class, EvidenceReferenced.class,
        ExternalAdviserAppointed.class, ExternalAdviserConsulted.class, FinalReviewHeld.class,
        GovernorsPanelAppointed.class, MidYearReviewHeld.class, ObjectivesAgreed.class,
        ObjectivesDisagreementRecorded.class, ProgressNoteAdded.class, ReviewSignedOff.class,
        SelfReviewSubmitted.class, StandardsCommunicated.class
})
class AppraisalSummaryProjection {

    static final String PROCESSING_GROUP = "appraisal-summary";

    private static final RowUpdate APPRAISAL = new RowUpdate("appraisal_summary", "appraisal_id");

    private final JdbcClient jdbc;

    AppraisalSummaryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppraisalStarted event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO appraisal_summary (appraisal_id, cycle_id, school_id, appraisee_id, appraiser_id,
                                                       academic_year, status, started_on, last_event_index)
                        VALUES (:appraisal, :cycle, :school, :appraisee, :appraiser, :year, 'UNDER_WAY', :started,
                                :index)
                        ON CONFLICT (appraisal_id) DO NOTHING""")
                .param("appraisal", event.appraisalId().value())
                .param("cycle", event.cycleId().value())
                .param("school", event.schoolId().value())
                .param("appraisee", event.appraiseeId().value())
                .param("appraiser", event.appraiserId().value())
                .param("year", event.academicYear().toString())
                .param("started", event.startedOn())
                .param("index", EventPosition.of(token))
                .update();
    }

    @EventHandler
    void on(AppraisalExempted event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO appraisal_summary (appraisal_id, cycle_id, school_id, appraisee_id, academic_year,
                                                       status, exemption, started_on, last_event_index)
                        VALUES (:appraisal, :cycle, :school, :appraisee, :year, 'EXEMPT', :reason, :on, :index)
                        ON CONFLICT (appraisal_id) DO NOTHING""")
                .param("appraisal", event.appraisalId().value())
                .param("cycle", event.cycleId().value())
                .param("school", event.schoolId().value())
                .param("appraisee", event.appraiseeId().value())
                .param("year", event.academicYear().toString())
                .param("reason", event.reason().name())
                .param("on", event.exemptedOn())
                .param("index", EventPosition.of(token))
                .update();
    }

    @EventHandler
    void on(AppraiserChanged event, TrackingToken token) {
        update(event.appraisalId(), "appraiser_id = ?", event.appraiserId().value(), token);
    }

    @EventHandler
    void on(AppraisalCompleted event, TrackingToken token) {
        update(event.appraisalId(), "status = ?", "COMPLETED", token);
    }

    @EventHandler
    void on(AppraisalReopened event, TrackingToken token) {
        update(event.appraisalId(), "status = ?", "UNDER_WAY", token);
    }

    @EventHandler
    void on(AppraisalTerminated event, TrackingToken token) {
        update(event.appraisalId(), "status = ?", "TERMINATED", token);
    }

    @EventHandler
    void on(ObjectiveSet event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO appraisal_summary_objective (objective_id, appraisal_id, title, success_criteria,
                                                                 set_on)
                        VALUES (:objective, :appraisal, :title, :criteria, :setOn)
                        ON CONFLICT (objective_id) DO NOTHING""")
                .param("objective", event.objectiveId().value())
                .param("appraisal", event.appraisalId().value())
                .param("title", event.title().text())
                .param("criteria", event.successCriteria().text())
                .param("setOn", event.setOn())
                .update();
        touched(event.appraisalId(), token);
    }

    @EventHandler
    void on(ObjectiveRevised event, TrackingToken token) {
        jdbc.sql("UPDATE appraisal_summary_objective SET title = ?, success_criteria = ? WHERE objective_id = ?")
                .params(event.title().text(), event.successCriteria().text(), event.objectiveId().value())
                .update();
        touched(event.appraisalId(), token);
    }

    @EventHandler
    void on(ObjectiveWithdrawn event, TrackingToken token) {
        jdbc.sql("UPDATE appraisal_summary_objective SET withdrawn = true WHERE objective_id = ?")
                .param(event.objectiveId().value())
                .update();
        touched(event.appraisalId(), token);
    }

    @EventHandler
    void on(ObjectiveOutcomeRecorded event, TrackingToken token) {
        jdbc.sql("UPDATE appraisal_summary_objective SET outcome = ? WHERE objective_id = ?")
                .params(event.outcome().name(), event.objectiveId().value())
                .update();
        touched(event.appraisalId(), token);
    }

    private void update(AppraisalId appraisalId, String assignment, Object value, TrackingToken token) {
        APPRAISAL.apply(jdbc, appraisalId.value(), assignment, token, value);
    }

    private void touched(AppraisalId appraisalId, TrackingToken token) {
        jdbc.sql("UPDATE appraisal_summary SET last_event_index = greatest(last_event_index, ?) WHERE appraisal_id = ?")
                .params(EventPosition.of(token), appraisalId.value())
                .update();
    }
}
