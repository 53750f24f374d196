package dev.heartwood.reporting.tracker;

import dev.heartwood.reporting.api.CompletionRow;
import dev.heartwood.reporting.api.CompletionSort;
import dev.heartwood.reporting.api.CompletionTrackerQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.SchoolCompletionRow;
import dev.heartwood.reporting.api.TrustCompletionQuery;
import dev.heartwood.reporting.query.EventStreamHead;
import dev.heartwood.reporting.query.RecordRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Component
class CompletionTrackerQueries {

    private static final String ROWS = """
            SELECT r.*, greatest(r.objectives_days_late, r.mid_year_review_days_late, r.final_review_days_late)
                        AS days_late
            FROM (SELECT a.appraisal_id, a.school_id, school.name AS school_name, a.cycle_id, c.academic_year,
                         a.appraisee_id AS staff_id, appraisee.name AS staff_name,
                         coalesce(a.category, appraisee.category) AS category,
                         a.appraiser_id, appraiser.name AS appraiser_name, a.exemption, a.status, %s AS stage,
                         a.objectives,
                         a.objectives_set_on,
                         CASE WHEN a.appraisee_agreed_on IS NOT NULL AND a.appraiser_agreed_on IS NOT NULL
                              THEN greatest(a.appraisee_agreed_on, a.appraiser_agreed_on) END AS objectives_agreed_on,
                         a.disagreement_recorded, a.disagreement_recorded_on, a.objectives_done_on,
                         a.mid_year_review_on, a.self_review_on, a.final_review_on,
                         a.report_issued_on, a.appraisee_signed_off_on, a.appraiser_signed_off_on, a.completed_on,
                         %s AS objectives_days_late, %s AS mid_year_review_days_late, %s AS final_review_days_late
                  FROM completion_appraisal a
                  JOIN completion_cycle c ON c.cycle_id = a.cycle_id
                  LEFT JOIN school_view school ON school.school_id = a.school_id
                  LEFT JOIN staff_view appraisee ON appraisee.staff_id = a.appraisee_id
                  LEFT JOIN staff_view appraiser ON appraiser.staff_id = a.appraiser_id
                  WHERE %s) r
            ORDER BY %s
            LIMIT :size OFFSET :offset""";

    /** The first step of an appraisal under way not yet done, or its status once it is over (see CompletionRow). */
    private static final String STAGE = """
            CASE WHEN a.status <> 'UNDER_WAY' THEN a.status
                 WHEN a.objectives_done_on IS NULL THEN 'OBJECTIVES'
                 WHEN a.mid_year_review_on IS NULL THEN 'MID_YEAR_REVIEW'
                 WHEN a.final_review_on IS NULL THEN 'FINAL_REVIEW'
                 WHEN a.report_issued_on IS NULL THEN 'REPORT'
                 ELSE 'SIGN_OFF' END""";
    private static final String OBJECTIVES_DAYS_LATE = daysLate("objectives_done_on", "objectives_by");
    private static final String MID_YEAR_REVIEW_DAYS_LATE = daysLate("mid_year_review_on", "mid_year_review_by");
    private static final String FINAL_REVIEW_DAYS_LATE = daysLate("final_review_on", "final_review_by");
    /** Late against a deadline of the cycle: a row's {@code days_late} over 0. */
    private static final String LATE = "greatest(%s, %s, %s) > 0".formatted(OBJECTIVES_DAYS_LATE,
            MID_YEAR_REVIEW_DAYS_LATE, FINAL_REVIEW_DAYS_LATE);

    private final JdbcClient jdbc;
    private final EventStreamHead head;

    CompletionTrackerQueries(JdbcClient jdbc, EventStreamHead head) {
        this.jdbc = jdbc;
        this.head = head;
    }

    private record Cycle(UUID cycleId, long lastEventIndex) {
    }

    private record SchoolCounts(UUID schoolId, long appraisals, long completed, long late, long newest) {
    }

    /** Answers an optional raw page because Axon matches a handler to the response type by its plain class. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    Optional<ReportPage> handle(CompletionTrackerQuery query) {
        return cycles(query).map(cycles -> page(query, cycles));
    }

    /** Answers an optional raw page, as above. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    Optional<ReportPage> handle(TrustCompletionQuery query) {
        CompletionTrackerQuery everyAppraisal = new CompletionTrackerQuery(null, query.trustId(), null,
                query.academicYear(), null, CompletionSort.NAME, query.today(), 0, 0);
        return cycles(everyAppraisal).map(cycles -> bySchool(everyAppraisal, cycles));
    }

    /** The cycles asked for; none when the trust is unknown or the school has no such cycle. */
    private Optional<List<Cycle>> cycles(CompletionTrackerQuery query) {
        if (query.schoolId() == null) {
            boolean known = jdbc.sql("SELECT count(*) FROM completion_trust WHERE trust_id = ?")
                    .param(query.trustId())
                    .query(Long.class).single() > 0;
            return known ? Optional.of(jdbc.sql("""
                            SELECT c.cycle_id, c.last_event_index FROM completion_cycle c
                            JOIN school_view s ON s.school_id = c.school_id
                            WHERE s.trust_id = ? AND c.academic_year = ?""")
                    .params(query.trustId(), query.academicYear().toString())
                    .query(RecordRows.of(Cycle.class)).list()) : Optional.empty();
        }
        Map<String, Object> parameters = new HashMap<>(Map.of("school", query.schoolId()));
        StringBuilder sql = new StringBuilder(
                "SELECT cycle_id, last_event_index FROM completion_cycle WHERE school_id = :school");
        if (query.cycleId() != null) {
            sql.append(" AND cycle_id = :cycle");
            parameters.put("cycle", query.cycleId());
        }
        if (query.academicYear() != null) {
            sql.append(" AND academic_year = :year");
            parameters.put("year", query.academicYear().toString());
        }
        List<Cycle> cycles = jdbc.sql(sql.toString()).params(parameters).query(RecordRows.of(Cycle.class)).list();
        return cycles.isEmpty() ? Optional.empty() : Optional.of(cycles);
    }

    private ReportPage<CompletionRow> page(CompletionTrackerQuery query, List<Cycle> cycles) {
        long newestCycle = cycles.stream().mapToLong(Cycle::lastEventIndex).max().orElse(0);
        if (cycles.isEmpty()) {
            return new ReportPage<>(CompletionRow.class, List.of(), query.page(), query.size(), 0,
                    head.freshness(newestCycle, CompletionTrackerProjection.PROCESSING_GROUP));
        }
        String scope = scope(query);
        List<UUID> cycleIds = cycles.stream().map(Cycle::cycleId).toList();
        String sql = ROWS.formatted(STAGE, OBJECTIVES_DAYS_LATE, MID_YEAR_REVIEW_DAYS_LATE, FINAL_REVIEW_DAYS_LATE,
                scope, orderBy(query.sort()));
        List<CompletionRow> rows = withScope(jdbc.sql(sql), query, cycleIds)
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(RecordRows.of(CompletionRow.class))
                .list();
        return withScope(jdbc.sql("""
                        SELECT count(*) AS total, coalesce(max(a.last_event_index), 0) AS newest
                        FROM completion_appraisal a JOIN completion_cycle c ON c.cycle_id = a.cycle_id
                        WHERE\s""" + scope), query, cycleIds)
                .query((row, n) -> new ReportPage<>(CompletionRow.class, rows, query.page(), query.size(),
                        row.getLong("total"), head.freshness(Math.max(newestCycle, row.getLong("newest")),
                                CompletionTrackerProjection.PROCESSING_GROUP)))
                .single();
    }

    /** Each school's appraisals of the tracker's rows the query asks for, counted as its rows would count them. */
    private ReportPage<SchoolCompletionRow> bySchool(CompletionTrackerQuery query, List<Cycle> cycles) {
        long newestCycle = cycles.stream().mapToLong(Cycle::lastEventIndex).max().orElse(0);
        List<SchoolCounts> schools = cycles.isEmpty() ? List.of() : withScope(jdbc.sql("""
                        SELECT a.school_id, count(*) AS appraisals,
                               count(*) FILTER (WHERE %s = 'COMPLETED') AS completed,
                               count(*) FILTER (WHERE %s) AS late, max(a.last_event_index) AS newest
                        FROM completion_appraisal a JOIN completion_cycle c ON c.cycle_id = a.cycle_id
                        WHERE %s
                        GROUP BY a.school_id
                        ORDER BY a.school_id""".formatted(STAGE, LATE, scope(query))), query,
                cycles.stream().map(Cycle::cycleId).toList())
                .query(RecordRows.of(SchoolCounts.class))
                .list();
        List<SchoolCompletionRow> rows = schools.stream().map(school -> new SchoolCompletionRow(school.schoolId(),
                school.appraisals(), school.completed(), school.late())).toList();
        long newest = Math.max(newestCycle, schools.stream().mapToLong(SchoolCounts::newest).max().orElse(0));
        return new ReportPage<>(SchoolCompletionRow.class, rows, 0, Math.max(1, rows.size()), rows.size(),
                head.freshness(newest, CompletionTrackerProjection.PROCESSING_GROUP));
    }

    private static String orderBy(CompletionSort sort) {
        return switch (sort) {
            case NAME -> "staff_name, appraisal_id";
            case STATUS -> "status, staff_name, appraisal_id";
            case DAYS_LATE -> "days_late DESC NULLS LAST, staff_name, appraisal_id";
        };
    }

    /** Which appraisals the query asks for, of the cycles {@code :cycles}, with the filters it names. */
    private static String scope(CompletionTrackerQuery query) {
        StringBuilder scope = new StringBuilder("a.cycle_id IN (:cycles)");
        if (query.status() != null) {
            scope.append(" AND a.status = :status");
        }
        if (query.stage() != null) {
            scope.append(" AND ").append(STAGE).append(" = :stage");
        }
        if (query.appraiserId() != null) {
            scope.append(" AND a.appraiser_id = :appraiser");
        }
        if (query.lateOnly()) {
            scope.append(" AND ").append(LATE);
        }
        return scope.toString();
    }

    private static StatementSpec withScope(StatementSpec statement, CompletionTrackerQuery query, List<UUID> cycles) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("cycles", cycles);
        parameters.put("today", query.today());
        if (query.status() != null) {
            parameters.put("status", query.status().name());
        }
        if (query.stage() != null) {
            parameters.put("stage", query.stage());
        }
        if (query.appraiserId() != null) {
            parameters.put("appraiser", query.appraiserId());
        }
        return statement.params(parameters);
    }

    /**
     * Days between a deadline and the day a step was done; for a step not done, as of today while the appraisal is
     * under way, and nothing once it is over or exempt.
     */
    private static String daysLate(String doneOn, String deadline) {
        return """
                CASE WHEN a.%1$s IS NOT NULL THEN greatest(a.%1$s - c.%2$s, 0)
                     WHEN a.status = 'UNDER_WAY' THEN greatest(CAST(:today AS date) - c.%2$s, 0) END"""
                .formatted(doneOn, deadline);
    }
}
