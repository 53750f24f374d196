package dev.heartwood.reporting.directory;

import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.StaffMemberQuery;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.StaffMembersQuery;
import dev.heartwood.reporting.api.TrustQuery;
import dev.heartwood.reporting.api.TrustView;
import dev.heartwood.reporting.query.RecordRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One trust, school or member of staff; {@link DirectoryLists} lists them. */
@Component
class DirectoryQueries {

    /** Trusts with their counts of schools, from {@code trust_view t}, to be grouped by {@code t.trust_id}. */
    static final String TRUSTS = """
            SELECT t.trust_id, t.name, count(s.school_id) AS schools,
                   greatest(t.last_event_index, coalesce(max(s.last_event_index), 0)) AS last_event_index
            FROM trust_view t LEFT JOIN school_view s ON s.trust_id = t.trust_id""";
    static final String SCHOOLS = "SELECT school_id, trust_id, name, type, last_event_index FROM school_view";
    /** The columns {@link #staffMember} reads, from {@code staff_view}. */
    static final String STAFF = """
            SELECT staff_id, school_id, external_id, name, email, category, roles, line_manager_id, start_date,
                   left_on, fte, last_event_index
            FROM staff_view""";

    private final JdbcClient jdbc;

    DirectoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<TrustView> handle(TrustQuery query) {
        return jdbc.sql(TRUSTS + " WHERE t.trust_id = ? GROUP BY t.trust_id")
                .param(query.trustId().value())
                .query(RecordRows.of(TrustView.class))
                .optional();
    }

    @QueryHandler
    Optional<SchoolView> handle(SchoolQuery query) {
        return jdbc.sql(SCHOOLS + " WHERE school_id = ?")
                .param(query.schoolId().value())
                .query(RecordRows.of(SchoolView.class))
                .optional();
    }

    @QueryHandler
    Optional<StaffMemberView> handle(StaffMemberQuery query) {
        return jdbc.sql(STAFF + " WHERE staff_id = ?")
                .param(query.staffId().value())
                .query(DirectoryQueries::staffMember)
                .optional();
    }

    @QueryHandler
    List<StaffMemberView> handle(StaffMembersQuery query) {
        if (query.staffIds().isEmpty()) {
            return List.of();
        }
        return jdbc.sql(STAFF + " WHERE staff_id IN (:staff)")
                .param("staff", query.staffIds().stream().map(StaffId::value).toList())
                .query(DirectoryQueries::staffMember)
                .list();
    }

    /** A row of {@link #STAFF}: its roles are an array, which a record is not read from by its columns' names. */
    static StaffMemberView staffMember(ResultSet row, int rowNumber) throws SQLException {
        return new StaffMemberView(row.getObject("staff_id", UUID.class), row.getObject("school_id", UUID.class),
                row.getString("external_id"), row.getString("name"), row.getString("email"),
                row.getString("category"), List.of((String[]) row.getArray("roles").getArray()),
                row.getObject("line_manager_id", UUID.class), row.getObject("start_date", LocalDate.class),
                row.getObject("left_on", LocalDate.class), row.getBigDecimal("fte"), row.getLong("last_event_index"));
    }
}
