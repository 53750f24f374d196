package dev.heartwood.reporting.directory;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

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
                .query(SchoolView.class)
                .optional();
    }

    @QueryHandler
    Optional<StaffMemberView> handle(StaffMemberQuery query) {
        return jdbc.sql("""
                        SELECT staff_id, school_id, name, email, category, start_date, fte, last_event_index
                        FROM staff_view WHERE staff_id = ?""")
                .param(query.staffId().value())
                .query(StaffMemberView.class)
                .optional();
    }
}
