package dev.heartwood.reporting.directory;

import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.SchoolStaffQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.TrustSchoolsQuery;
import dev.heartwood.reporting.api.TrustView;
import dev.heartwood.reporting.api.TrustsQuery;
import dev.heartwood.reporting.query.ListPages;
import dev.heartwood.reporting.query.Listing;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The trusts, a trust's schools and a school's staff, a page at a time. Each handler answers a raw page, because Axon
 * matches a handler to {@code instanceOf(ReportPage.class)} by its plain class.
 */
@Component
@SuppressWarnings("rawtypes")
class DirectoryLists {

    /** The processing group that keeps what these lists read. */
    private static final String PROCESSOR = DirectoryProjection.PROCESSING_GROUP;

    private static final Listing<TrustView> TRUSTS = Listing.of(TrustView.class, PROCESSOR, DirectoryQueries.TRUSTS + """

            WHERE CAST(:search AS text) IS NULL OR strpos(lower(t.name), lower(CAST(:search AS text))) > 0
            GROUP BY t.trust_id""");
    private static final Listing<SchoolView> SCHOOLS = Listing.of(SchoolView.class, PROCESSOR, DirectoryQueries.SCHOOLS
            + " WHERE trust_id = :trust AND (CAST(:type AS text) IS NULL OR type = :type)");
    /** Someone is found by a part of their name, e-mail address or MIS identifier. */
    private static final Listing<StaffMemberView> STAFF = new Listing<>(StaffMemberView.class,
            () -> DirectoryQueries::staffMember, PROCESSOR, DirectoryQueries.STAFF + """

            WHERE school_id = :school
              AND (CAST(:search AS text) IS NULL
                   OR strpos(lower(name), lower(CAST(:search AS text))) > 0
                   OR strpos(lower(email), lower(CAST(:search AS text))) > 0
                   OR strpos(lower(external_id), lower(CAST(:search AS text))) > 0)
              AND (CAST(:category AS text) IS NULL OR category = :category)
              AND CASE CAST(:status AS text)
                      WHEN 'CURRENT' THEN left_on IS NULL OR left_on >= :today
                      WHEN 'LEAVERS' THEN left_on < :today
                      ELSE true END""");

    private final ListPages lists;

    DirectoryLists(ListPages lists) {
        this.lists = lists;
    }

    @QueryHandler
    ReportPage handle(TrustsQuery query) {
        return lists.page(TRUSTS, "name, trust_id", new MapSqlParameterSource("search", query.search()),
                query.page(), query.size());
    }

    @QueryHandler
    ReportPage handle(TrustSchoolsQuery query) {
        return lists.page(SCHOOLS, "name, school_id", new MapSqlParameterSource()
                        .addValue("trust", query.trustId().value())
                        .addValue("type", query.type() == null ? null : query.type().name()),
                query.page(), query.size());
    }

    @QueryHandler
    ReportPage handle(SchoolStaffQuery query) {
        String orderBy = switch (query.sort()) {
            case NAME -> "name, staff_id";
            case EXTERNAL_ID -> "external_id NULLS LAST, name, staff_id";
            case START_DATE -> "start_date DESC, name, staff_id";
        };
        return lists.page(STAFF, orderBy, new MapSqlParameterSource()
                        .addValue("school", query.schoolId().value())
                        .addValue("search", query.search() == null ? null : query.search().text())
                        .addValue("category", query.category() == null ? null : query.category().name())
                        .addValue("status", query.status().name())
                        .addValue("today", query.today()),
                query.page(), query.size());
    }
}
