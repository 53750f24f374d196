package dev.heartwood.reporting.appraisal;

import dev.heartwood.reporting.api.AppraisalRow;
import dev.heartwood.reporting.api.AppraisalSort;
import dev.heartwood.reporting.api.AppraisalStatus;
import dev.heartwood.reporting.api.AppraiseesQuery;
import dev.heartwood.reporting.api.CycleAppraisalsQuery;
import dev.heartwood.reporting.api.CycleQuery;
import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.SchoolCyclesQuery;
import dev.heartwood.reporting.api.StaffAppraisalsQuery;
import dev.heartwood.reporting.query.ListPages;
import dev.heartwood.reporting.query.Listing;
import dev.heartwood.reporting.query.RecordRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A school's cycles with the count of their appraisals by status, and the appraisals of a cycle, of an appraisee or
 * of an appraiser, a page at a time. The lists' handlers answer a raw page, because Axon matches a handler to
 * {@code instanceOf(ReportPage.class)} by its plain class.
 */
@Component
@SuppressWarnings("rawtypes")
class AppraisalLists {

    /** The processing group that keeps what these lists read. */
    private static final String PROCESSOR = AppraisalSummaryProjection.PROCESSING_GROUP;

    /** Cycles with their appraisals counted, from {@code cycle_view c}, to be grouped by {@code c.cycle_id}. */
    private static final String CYCLES = """
            SELECT c.cycle_id, c.school_id, c.academic_year, c.period_start, c.period_end, c.pay_policy,
                   c.objectives_by, c.mid_year_review_by, c.final_review_by, c.teacher_pay_decision_by,
                   c.headteacher_pay_decision_by, count(a.appraisal_id) AS appraisals,
                   count(*) FILTER (WHERE a.status = 'UNDER_WAY') AS under_way,
                   count(*) FILTER (WHERE a.status = 'COMPLETED') AS completed,
                   count(*) FILTER (WHERE a.status = 'EXEMPT') AS exempt,
                   count(*) FILTER (WHERE a.status = 'TERMINATED') AS terminated,
                   greatest(c.last_event_index, coalesce(max(a.last_event_index), 0)) AS last_event_index
            FROM cycle_view c LEFT JOIN appraisal_summary a ON a.cycle_id = c.cycle_id""";
    private static final Listing<CycleView> SCHOOL_CYCLES = Listing.of(CycleView.class, PROCESSOR,
            CYCLES + " WHERE c.school_id = :school GROUP BY c.cycle_id");
    /** Appraisals with their people's names, from {@code appraisal_summary a}, kept to one status if asked. */
    private static final String APPRAISALS = """
            SELECT a.appraisal_id, a.cycle_id, a.school_id, a.academic_year, a.appraisee_id,
                   appraisee.name AS appraisee_name, a.appraiser_id, appraiser.name AS appraiser_name, a.status,
                   a.exemption, a.started_on,
                   (SELECT count(*) FROM appraisal_summary_objective o
                    WHERE o.appraisal_id = a.appraisal_id AND NOT o.withdrawn) AS objectives,
                   a.last_event_index
            FROM appraisal_summary a
            LEFT JOIN staff_view appraisee ON appraisee.staff_id = a.appraisee_id
            LEFT JOIN staff_view appraiser ON appraiser.staff_id = a.appraiser_id
            WHERE (CAST(:status AS text) IS NULL OR a.status = :status) AND\s""";
    private static final Listing<AppraisalRow> OF_A_CYCLE = Listing.of(AppraisalRow.class, PROCESSOR, APPRAISALS
            + "a.cycle_id = :cycle AND (CAST(:appraiser AS uuid) IS NULL OR a.appraiser_id = :appraiser)");
    private static final Listing<AppraisalRow> OF_AN_APPRAISEE = Listing.of(AppraisalRow.class, PROCESSOR, APPRAISALS
            + "a.appraisee_id = :appraisee");
    private static final Listing<AppraisalRow> OF_AN_APPRAISER = Listing.of(AppraisalRow.class, PROCESSOR, APPRAISALS
            + "a.appraiser_id = :appraiser AND (CAST(:year AS text) IS NULL OR a.academic_year = :year)");

    private final JdbcClient jdbc;
    private final ListPages lists;

    AppraisalLists(JdbcClient jdbc, ListPages lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    @QueryHandler
    Optional<CycleView> handle(CycleQuery query) {
        return jdbc.sql(CYCLES + " WHERE c.cycle_id = ? GROUP BY c.cycle_id")
                .param(query.cycleId().value())
                .query(RecordRows.of(CycleView.class))
                .optional();
    }

    @QueryHandler
    ReportPage handle(SchoolCyclesQuery query) {
        return lists.page(SCHOOL_CYCLES, "academic_year DESC, cycle_id",
                new MapSqlParameterSource("school", query.schoolId().value()), query.page(), query.size());
    }

    @QueryHandler
    ReportPage handle(CycleAppraisalsQuery query) {
        return lists.page(OF_A_CYCLE, orderBy(query.sort()), new MapSqlParameterSource()
                        .addValue("cycle", query.cycleId().value())
                        .addValue("appraiser", query.appraiserId() == null ? null : query.appraiserId().value())
                        .addValue("status", written(query.status())),
                query.page(), query.size());
    }

    @QueryHandler
    ReportPage handle(StaffAppraisalsQuery query) {
        return lists.page(OF_AN_APPRAISEE, orderBy(query.sort()), new MapSqlParameterSource()
                        .addValue("appraisee", query.staffId().value())
                        .addValue("status", written(query.status())),
                query.page(), query.size());
    }

    @QueryHandler
    ReportPage handle(AppraiseesQuery query) {
        return lists.page(OF_AN_APPRAISER, orderBy(query.sort()), new MapSqlParameterSource()
                        .addValue("appraiser", query.appraiserId().value())
                        .addValue("year", query.academicYear() == null ? null : query.academicYear().toString())
                        .addValue("status", written(query.status())),
                query.page(), query.size());
    }

    private static String orderBy(AppraisalSort sort) {
        return switch (sort) {
            case NAME -> "appraisee_name, academic_year DESC, appraisal_id";
            case APPRAISER -> "appraiser_name NULLS LAST, appraisee_name, appraisal_id";
            case STATUS -> "status, appraisee_name, appraisal_id";
            case YEAR -> "academic_year DESC, appraisee_name, appraisal_id";
        };
    }

    private static String written(AppraisalStatus status) {
        return status == null ? null : status.name();
    }
}
