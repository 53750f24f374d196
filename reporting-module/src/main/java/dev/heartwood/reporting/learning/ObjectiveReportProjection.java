package dev.heartwood.reporting.learning;

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
import dev.heartwood.appraisal.api.SchoolPriorityAdded;
import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.SelfReviewSubmitted;
import dev.heartwood.appraisal.api.StandardsCommunicated;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.reporting.EventPosition;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import dev.heartwood.reporting.query.RecordRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The objectives of each year, whose they are, the standards and priorities they serve and how they ended, and each
 * school's priorities.
 */
@Component
@ProjectionTables({"learning_report_appraisal", "learning_report_objective", "learning_report_objective_priority",
        "learning_report_objective_standard", "learning_report_priority", "learning_report_objective_totals"})
@ProcessingGroup(CpdReportProjection.PROCESSING_GROUP)
@IgnoresEvents({
        // the reports count objectives, their outcomes and the learning linked to them, by the year's terms; where an
        // appraisal stands, and what is written along the way, are other reports'
        AppraisalCompleted.class, AppraisalExempted.class, AppraisalReopened.class, AppraisalReportIssued.class,
        AppraisalTerminated.class, AppraiserChanged.class, DevelopmentNeedIdentified.class, EvidenceReferenced.class,
        ExternalAdviserAppointed.class, ExternalAdviserConsulted.class, FinalReviewHeld.class,
        GovernorsPanelAppointed.class, MidYearReviewHeld.class, ObjectivesAgreed.class,
        ObjectivesDisagreementRecorded.class, ProgressNoteAdded.class, ReviewSignedOff.class,
        SelfReviewSubmitted.class, StandardsCommunicated.class,
        // a school's priorities are counted from the priority itself
        SchoolRegistered.class
})
class ObjectiveReportProjection {

    private final JdbcClient jdbc;
    private final ObjectiveTotals totals;

    ObjectiveReportProjection(JdbcClient jdbc, ObjectiveTotals totals) {
        this.jdbc = jdbc;
        this.totals = totals;
    }

    @EventHandler
    void on(AppraisalStarted event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO learning_report_appraisal (appraisal_id, school_id, academic_year, appraisee_id,
                                                               last_event_index)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (appraisal_id) DO NOTHING""")
                .params(event.appraisalId().value(), event.schoolId().value(), event.academicYear().toString(),
                        event.appraiseeId().value(), EventPosition.of(token))
                .update();
    }

    /**
     * The objective takes its appraisal's year, which an earlier event of the same appraisal recorded. Applied again
     * (a retried batch), it changes nothing and counts nothing again.
     */
    @EventHandler
    void on(ObjectiveSet event, TrackingToken token) {
        counted(jdbc.sql("""
                        INSERT INTO learning_report_objective (objective_id, appraisal_id, school_id, academic_year,
                                                               last_event_index)
                        SELECT ?, appraisal_id, school_id, academic_year, ? FROM learning_report_appraisal
                        WHERE appraisal_id = ?
                        ON CONFLICT (objective_id) DO NOTHING
                        RETURNING school_id, academic_year""")
                .params(event.objectiveId().value(), EventPosition.of(token), event.appraisalId().value()));
        priorities(event.objectiveId(), event.priorities());
        standards(event.objectiveId(), event.standards());
    }

    @EventHandler
    void on(ObjectiveRevised event, TrackingToken token) {
        priorities(event.objectiveId(), event.priorities());
        standards(event.objectiveId(), event.standards());
        touched(event.objectiveId(), token);
    }

    @EventHandler
    void on(ObjectiveWithdrawn event, TrackingToken token) {
        counted(jdbc.sql("""
                        UPDATE learning_report_objective
                        SET withdrawn = true, last_event_index = greatest(last_event_index, ?)
                        WHERE objective_id = ? RETURNING school_id, academic_year""")
                .params(EventPosition.of(token), event.objectiveId().value()));
    }

    /** A reopened appraisal may record an objective's outcome again; the latest one stands. */
    @EventHandler
    void on(ObjectiveOutcomeRecorded event, TrackingToken token) {
        counted(jdbc.sql("""
                        UPDATE learning_report_objective
                        SET outcome = ?, last_event_index = greatest(last_event_index, ?)
                        WHERE objective_id = ? RETURNING school_id, academic_year""")
                .params(event.outcome().name(), EventPosition.of(token), event.objectiveId().value()));
    }

    @EventHandler
    void on(SchoolPriorityAdded event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO learning_report_priority (priority_id, school_id, academic_year, title,
                                                              last_event_index)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (priority_id) DO NOTHING""")
                .params(event.priorityId().value(), event.schoolId().value(), event.academicYear().toString(),
                        event.title(), EventPosition.of(token))
                .update();
        totals.touched(event.schoolId().value(), event.academicYear().toString());
    }

    private void touched(ObjectiveId objectiveId, TrackingToken token) {
        counted(jdbc.sql("""
                        UPDATE learning_report_objective SET last_event_index = greatest(last_event_index, ?)
                        WHERE objective_id = ? RETURNING school_id, academic_year""")
                .params(EventPosition.of(token), objectiveId.value()));
    }

    /** Runs a change to an objective that returns its school and year, which are then counted again. */
    private void counted(JdbcClient.StatementSpec objectiveUpdate) {
        objectiveUpdate.query(RecordRows.of(ObjectiveTotals.SchoolYear.class))
                .optional()
                .ifPresent(objective -> totals.touched(objective.schoolId(), objective.academicYear()));
    }

    private void priorities(ObjectiveId objectiveId, List<PriorityId> priorities) {
        jdbc.sql("DELETE FROM learning_report_objective_priority WHERE objective_id = ?")
                .param(objectiveId.value())
                .update();
        priorities.forEach(priority -> jdbc.sql("""
                        INSERT INTO learning_report_objective_priority (objective_id, priority_id) VALUES (?, ?)
                        ON CONFLICT (objective_id, priority_id) DO NOTHING""")
                .params(objectiveId.value(), priority.value())
                .update());
    }

    private void standards(ObjectiveId objectiveId, List<String> standards) {
        jdbc.sql("DELETE FROM learning_report_objective_standard WHERE objective_id = ?")
                .param(objectiveId.value())
                .update();
        standards.forEach(standard -> jdbc.sql("""
                        INSERT INTO learning_report_objective_standard (objective_id, standard) VALUES (?, ?)
                        ON CONFLICT (objective_id, standard) DO NOTHING""")
                .params(objectiveId.value(), standard)
                .update());
    }
}
