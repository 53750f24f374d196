package dev.heartwood.reporting.tracker;

import dev.heartwood.appraisal.api.AppraisalCycleOpened;
import dev.heartwood.appraisal.api.TrustRegistered;
import dev.heartwood.reporting.EventPosition;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The cycles the tracker reports on, with their deadlines, and the trusts it can roll up. */
@Component
@ProjectionTables({"completion_cycle", "completion_trust"})
@ProcessingGroup(CompletionTrackerProjection.PROCESSING_GROUP)
class CompletionScopeProjection {

    private final JdbcClient jdbc;

    CompletionScopeProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppraisalCycleOpened event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO completion_cycle (cycle_id, school_id, academic_year, objectives_by,
                                                      mid_year_review_by, final_review_by,
                                                      headteacher_pay_decision_by, last_event_index)
                        VALUES (:cycle, :school, :year, :objectivesBy, :midYearBy, :finalBy, :headteacherPayBy,
                                :index)
                        ON CONFLICT (cycle_id) DO NOTHING""")
                .param("cycle", event.cycleId().value())
                .param("school", event.schoolId().value())
                .param("year", event.academicYear().toString())
                .param("objectivesBy", event.deadlines().objectivesBy())
                .param("midYearBy", event.deadlines().midYearReviewBy())
                .param("finalBy", event.deadlines().finalReviewBy())
                .param("headteacherPayBy", event.deadlines().headteacherPayDecisionBy())
                .param("index", EventPosition.of(token))
                .update();
    }

    @EventHandler
    void on(TrustRegistered event, TrackingToken token) {
        jdbc.sql("INSERT INTO completion_trust (trust_id, last_event_index) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.trustId().value(), EventPosition.of(token))
                .update();
    }
}
