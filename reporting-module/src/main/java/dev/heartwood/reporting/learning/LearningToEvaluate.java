package dev.heartwood.reporting.learning;

import dev.heartwood.reporting.api.LearningToEvaluateQuery;
import dev.heartwood.reporting.api.LearningToEvaluateRow;
import dev.heartwood.reporting.query.RecordRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** A person's completed learning not yet reflected on or evaluated, from the rows of their learning. */
@Component
class LearningToEvaluate {

    private final JdbcClient jdbc;

    LearningToEvaluate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<LearningToEvaluateRow> handle(LearningToEvaluateQuery query) {
        return jdbc.sql("""
                        SELECT activity_id, title, completed_on, reflected_on, impact_evaluated_on
                        FROM cpd_activity_view
                        WHERE staff_id = ? AND status = 'COMPLETED'
                          AND (reflected_on IS NULL OR impact_evaluated_on IS NULL)
                        ORDER BY completed_on, title, activity_id""")
                .param(query.staffId().value())
                .query(RecordRows.of(LearningToEvaluateRow.class))
                .list();
    }
}
