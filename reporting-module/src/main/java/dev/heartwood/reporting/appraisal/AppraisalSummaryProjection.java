package dev.heartwood.reporting.appraisal;

import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.reporting.EventPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One row per appraisal and one per objective; replaying the same events leaves the same rows. */
@Component
@ProcessingGroup("appraisal-summary")
class AppraisalSummaryProjection {

    private final JdbcClient jdbc;

    AppraisalSummaryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppraisalStarted event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO appraisal_summary (appraisal_id, school_id, appraisee_id, appraiser_id,
                                                       academic_year, started_on, last_event_index)
                        VALUES (:appraisal, :school, :appraisee, :appraiser, :year, :started, :index)
                        ON CONFLICT (appraisal_id) DO NOTHING""")
                .param("appraisal", event.appraisalId().value())
                .param("school", event.schoolId().value())
                .param("appraisee", event.appraiseeId().value())
                .param("appraiser", event.appraiserId().value())
                .param("year", event.academicYear().toString())
                .param("started", event.startedOn())
                .param("index", EventPosition.of(token))
                .update();
    }

    @EventHandler
    void on(ObjectiveSet event, TrackingToken token) {
        long index = EventPosition.of(token);
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
        jdbc.sql("UPDATE appraisal_summary SET last_event_index = greatest(last_event_index, ?) WHERE appraisal_id = ?")
                .params(index, event.appraisalId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM appraisal_summary_objective").update();
        jdbc.sql("DELETE FROM appraisal_summary").update();
    }
}
