package dev.heartwood.reporting.learning;

import dev.heartwood.reporting.api.CpdActivityRow;
import dev.heartwood.reporting.api.CpdRequestSort;
import dev.heartwood.reporting.api.CpdSort;
import dev.heartwood.reporting.api.CpdYearRow;
import dev.heartwood.reporting.api.PendingCpdRequestsQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.StaffCpdQuery;
import dev.heartwood.reporting.api.StaffCpdYearsQuery;
import dev.heartwood.reporting.query.ListPages;
import dev.heartwood.reporting.query.Listing;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * A person's professional learning (each piece, and its hours year by year) and a school's requests awaiting a
 * decision, a page at a time. Each handler answers
 * a raw page, because Axon matches a handler to {@code instanceOf(ReportPage.class)} by its plain class.
 */
@Component
@SuppressWarnings("rawtypes")
class CpdActivityLists {

    /** The processing group that keeps what these lists read. */
    private static final String PROCESSOR = CpdActivityProjection.PROCESSING_GROUP;

    /** Learning with its person's name, from {@code cpd_activity_view c}. */
    private static final String ACTIVITIES = """
            SELECT c.activity_id, c.school_id, c.staff_id, s.name AS staff_name, c.title, c.type, c.provider,
                   c.status, c.requested_on, c.intended_impact, c.expected_hours, c.expected_cost, c.cover_days,
                   c.starts_on, c.ends_on, c.decided_on, c.decline_reason, c.completed_on, c.completed_hours,
                   c.completed_cost, c.certificate_reference, c.academic_year, c.last_event_index
            FROM cpd_activity_view c LEFT JOIN staff_view s ON s.staff_id = c.staff_id
            WHERE\s""";
    private static final Listing<CpdActivityRow> OF_A_PERSON = Listing.of(CpdActivityRow.class, PROCESSOR, ACTIVITIES + """
            c.staff_id = :staff AND (CAST(:status AS text) IS NULL OR c.status = :status)
              AND (CAST(:year AS text) IS NULL OR c.academic_year = :year)""");
    private static final Listing<CpdActivityRow> AWAITING_A_DECISION = Listing.of(CpdActivityRow.class, PROCESSOR,
            ACTIVITIES + "c.school_id = :school AND c.status = 'REQUESTED'");
    private static final Listing<CpdYearRow> YEARS_OF_A_PERSON = Listing.of(CpdYearRow.class, PROCESSOR, """
            SELECT academic_year, count(*) AS completed, sum(completed_hours) AS hours, sum(completed_cost) AS cost,
                   max(last_event_index) AS last_event_index
            FROM cpd_activity_view
            WHERE staff_id = :staff AND status = 'COMPLETED'
            GROUP BY academic_year""");

    /** What it cost once completed, what was asked for until then. */
    private static final String MOST_COSTLY_FIRST =
            "coalesce(completed_cost, expected_cost) DESC NULLS LAST, starts_on, activity_id";

    private final ListPages lists;

    CpdActivityLists(ListPages lists) {
        this.lists = lists;
    }

    @QueryHandler
    ReportPage handle(StaffCpdQuery query) {
        return lists.page(OF_A_PERSON, orderBy(query.sort()), new MapSqlParameterSource()
                        .addValue("staff", query.staffId().value())
                        .addValue("status", query.status() == null ? null : query.status().name())
                        .addValue("year", query.academicYear() == null ? null : query.academicYear().toString()),
                query.page(), query.size());
    }

    @QueryHandler
    ReportPage handle(StaffCpdYearsQuery query) {
        return lists.page(YEARS_OF_A_PERSON, "academic_year DESC",
                new MapSqlParameterSource("staff", query.staffId().value()), query.page(), query.size());
    }

    @QueryHandler
    ReportPage handle(PendingCpdRequestsQuery query) {
        return lists.page(AWAITING_A_DECISION, orderBy(query.sort()),
                new MapSqlParameterSource("school", query.schoolId().value()), query.page(), query.size());
    }

    private static String orderBy(CpdSort sort) {
        return switch (sort) {
            case DATE -> "coalesce(completed_on, starts_on) DESC, title, activity_id";
            case TITLE -> "title, coalesce(completed_on, starts_on) DESC, activity_id";
            case STATUS -> "status, coalesce(completed_on, starts_on) DESC, activity_id";
            case COST -> MOST_COSTLY_FIRST;
        };
    }

    private static String orderBy(CpdRequestSort sort) {
        return switch (sort) {
            case REQUESTED_ON -> "requested_on NULLS LAST, staff_name, activity_id";
            case STARTS_ON -> "starts_on, staff_name, activity_id";
            case NAME -> "staff_name, starts_on, activity_id";
            case COST -> MOST_COSTLY_FIRST;
        };
    }
}
