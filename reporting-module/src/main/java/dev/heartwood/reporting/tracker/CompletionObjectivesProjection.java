package dev.heartwood.reporting.tracker;

import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.reporting.EventPosition;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each tracked appraisal's count of objectives and the day the first of them was set, recounted from the
 * objectives themselves so that a withdrawal lowers the count, and clears the agreement whenever the objectives
 * change, as the write side does.
 */
@Component
@ProjectionTables({"completion_objective"})
@ProcessingGroup(CompletionTrackerProjection.PROCESSING_GROUP)
@IgnoresEvents({
        // the tracker counts objectives set and agreed; their outcomes are the summary's
        ObjectiveOutcomeRecorded.class
})
class CompletionObjectivesProjection {

    private final JdbcClient jdbc;

    CompletionObjectivesProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ObjectiveSet event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO completion_objective (objective_id, appraisal_id, set_on) VALUES (?, ?, ?)
                        ON CONFLICT (objective_id) DO NOTHING""")
                .params(event.objectiveId().value(), event.appraisalId().value(), event.setOn())
                .update();
        recount(event.appraisalId(), true, token);
    }

    @EventHandler
    void on(ObjectiveRevised event, TrackingToken token) {
        recount(event.appraisalId(), true, token);
    }

    @EventHandler
    void on(ObjectiveWithdrawn event, TrackingToken token) {
        jdbc.sql("UPDATE completion_objective SET withdrawn = true WHERE objective_id = ?")
                .param(event.objectiveId().value())
                .update();
        recount(event.appraisalId(), false, token);
    }

    private void recount(AppraisalId appraisalId, boolean needsAgreeingAgain, TrackingToken token) {
        jdbc.sql("""
                        UPDATE completion_appraisal a
                        SET objectives = (SELECT count(*) FROM completion_objective o
                                          WHERE o.appraisal_id = a.appraisal_id AND NOT o.withdrawn),
                            objectives_set_on = (SELECT min(o.set_on) FROM completion_objective o
                                                 WHERE o.appraisal_id = a.appraisal_id AND NOT o.withdrawn),
                            appraisee_agreed_on = CASE WHEN :again THEN NULL ELSE appraisee_agreed_on END,
                            appraiser_agreed_on = CASE WHEN :again THEN NULL ELSE appraiser_agreed_on END,
                            last_event_index = greatest(last_event_index, :index)
                        WHERE appraisal_id = :appraisal""")
                .param("again", needsAgreeingAgain)
                .param("index", EventPosition.of(token))
                .param("appraisal", appraisalId.value())
                .update();
    }
}
