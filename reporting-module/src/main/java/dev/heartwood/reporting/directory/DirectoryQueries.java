package dev.heartwood.reporting.directory;

import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.StaffMemberQuery;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.query.RecordRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Component
class DirectoryQueries {

    private final JdbcClient jdbc;

    DirectoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<SchoolView> handle(SchoolQuery query) {
        return jdbc.sql("SELECT school_id, trust_id, name, type, last_event_index FROM school_view WHERE school_id = ?")
                .param(query.schoolId().value())
                .query(RecordRows.of(SchoolView.class))
                .optional();
    }

    @QueryHandler
    Optional<StaffMemberView> handle(StaffMemberQuery query) {
        return jdbc.sql("""
                        SELECT staff_id, school_id, external_id, name, email, category, roles, line_manager_id,
                               start_date, left_on, fte, last_event_index
                        FROM staff_view WHERE staff_id = ?""")
                .param(query.staffId().value())
                .query((row, n) -> new StaffMemberView(row.getObject("staff_id", UUID.class),
                        row.getObject("school_id", UUID.class), row.getString("external_id"), row.getString("name"),
                        row.getString("email"), row.getString("category"),
                        List.of((String[]) row.getArray("roles").getArray()),
                        row.getObject("line_manager_id", UUID.class), row.getObject("start_date", LocalDate.class),
                        row.getObject("left_on", LocalDate.class), row.getBigDecimal("fte"),
                        row.getLong("last_event_index")))
                .optional();
    }
}
