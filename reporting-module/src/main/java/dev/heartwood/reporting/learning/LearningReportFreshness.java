package dev.heartwood.reporting.learning;

import dev.heartwood.reporting.query.EventStreamHead;
import dev.heartwood.reporting.api.Freshness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How far the learning reports' read model has come: the newest event it applied to any of its rows. */
@Component
class LearningReportFreshness {

    private final JdbcClient jdbc;
    private final EventStreamHead head;

    LearningReportFreshness(JdbcClient jdbc, EventStreamHead head) {
        this.jdbc = jdbc;
        this.head = head;
    }

    Freshness now() {
        long lastEventIndex = jdbc.sql("""
                        SELECT coalesce(greatest((SELECT max(last_event_index) FROM learning_report_activity),
                                                 (SELECT max(last_event_index) FROM learning_report_activity_link),
                                                 (SELECT max(last_event_index) FROM learning_report_appraisal),
                                                 (SELECT max(last_event_index) FROM learning_report_objective),
                                                 (SELECT max(last_event_index) FROM learning_report_priority)), 0)""")
                .query(Long.class)
                .single();
        return head.freshness(lastEventIndex, CpdReportProjection.PROCESSING_GROUP);
    }
}
