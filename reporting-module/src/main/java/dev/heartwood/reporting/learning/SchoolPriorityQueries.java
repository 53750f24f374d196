package dev.heartwood.reporting.learning;

import dev.heartwood.reporting.api.SchoolPrioritiesQuery;
import dev.heartwood.reporting.api.SchoolPriorityRow;
import dev.heartwood.reporting.query.RecordRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** A school's priorities for a year, from the learning reports' rows, which keep them to count learning against. */
@Component
class SchoolPriorityQueries {

    private final JdbcClient jdbc;

    SchoolPriorityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<SchoolPriorityRow> handle(SchoolPrioritiesQuery query) {
        return jdbc.sql("""
                        SELECT priority_id, title FROM learning_report_priority
                        WHERE school_id = ? AND academic_year = ?
                        ORDER BY title, priority_id""")
                .params(query.schoolId().value(), query.academicYear().toString())
                .query(RecordRows.of(SchoolPriorityRow.class))
                .list();
    }
}
