package dev.heartwood.infra.security;

import dev.heartwood.infra.security.AccessedRecord.Kind;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds the record a request's path names in the access tables. When a path names several (an objective within an
 * appraisal, a link within a piece of learning), the outermost decides: the inner one must belong to it, which the
 * command or query checks.
 */
@Component
class AccessedRecords {

    /** Path variables that name a record of one kind, outermost first. */
    private static final Map<String, Kind> VARIABLES = new LinkedHashMap<>();

    static {
        VARIABLES.put("appraisalId", Kind.APPRAISAL);
        VARIABLES.put("activityId", Kind.LEARNING);
        VARIABLES.put("requirementId", Kind.TRAINING_REQUIREMENT);
        VARIABLES.put("cycleId", Kind.CYCLE);
        VARIABLES.put("staffId", Kind.STAFF_MEMBER);
        VARIABLES.put("schoolId", Kind.SCHOOL);
        VARIABLES.put("trustId", Kind.TRUST);
    }

    /** Names a record of any kind: the subject of a history. */
    static final String HISTORY_VARIABLE = "aggregateId";

    /** A record whose kind the path does not say, such as the subject of a history, is looked for in this order. */
    private static final Kind[] ANY_KIND = {Kind.APPRAISAL, Kind.STAFF_MEMBER, Kind.LEARNING, Kind.CYCLE,
            Kind.TRAINING_REQUIREMENT, Kind.SCHOOL, Kind.TRUST};

    private static final Map<Kind, String> QUERIES = Map.of(
            Kind.APPRAISAL, """
                    SELECT a.school_id, s.trust_id, a.appraisee_id AS owner_id, a.appraiser_id, a.headteacher
                    FROM access_appraisal a JOIN access_school s USING (school_id) WHERE a.appraisal_id = ?""",
            Kind.LEARNING, """
                    SELECT a.school_id, s.trust_id, a.staff_id AS owner_id, NULL::uuid AS appraiser_id,
                           p.category = 'HEADTEACHER' AS headteacher
                    FROM access_learning a JOIN access_school s USING (school_id)
                         JOIN access_person p ON p.staff_id = a.staff_id
                    WHERE a.record_id = ?""",
            Kind.TRAINING_REQUIREMENT, """
                    SELECT r.school_id, coalesce(r.trust_id, s.trust_id) AS trust_id, NULL::uuid AS owner_id,
                           NULL::uuid AS appraiser_id, false AS headteacher
                    FROM access_requirement r LEFT JOIN access_school s USING (school_id) WHERE r.requirement_id = ?""",
            Kind.CYCLE, """
                    SELECT c.school_id, s.trust_id, NULL::uuid AS owner_id, NULL::uuid AS appraiser_id,
                           false AS headteacher
                    FROM access_cycle c JOIN access_school s USING (school_id) WHERE c.cycle_id = ?""",
            Kind.STAFF_MEMBER, """
                    SELECT p.school_id, s.trust_id, p.staff_id AS owner_id, NULL::uuid AS appraiser_id,
                           p.category = 'HEADTEACHER' AS headteacher
                    FROM access_person p JOIN access_school s USING (school_id) WHERE p.staff_id = ?""",
            Kind.SCHOOL, """
                    SELECT school_id, trust_id, NULL::uuid AS owner_id, NULL::uuid AS appraiser_id,
                           false AS headteacher
                    FROM access_school WHERE school_id = ?""",
            Kind.TRUST, """
                    SELECT DISTINCT NULL::uuid AS school_id, trust_id, NULL::uuid AS owner_id,
                           NULL::uuid AS appraiser_id, false AS headteacher
                    FROM access_school WHERE trust_id = ?""");

    private final JdbcClient jdbc;

    AccessedRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name of the path variable that names the request's record, if any does. */
    static Optional<String> variableIn(Map<String, String> pathVariables) {
        return Stream.concat(VARIABLES.keySet().stream(), Stream.of(HISTORY_VARIABLE))
                .filter(pathVariables::containsKey)
                .findFirst();
    }

    /** Every kind's lookup in one statement, the first kind that knows the identifier winning. */
    private static final String ANY_KIND_QUERY = IntStream.range(0, ANY_KIND.length)
            .mapToObj(rank -> "SELECT %d AS kind_rank, found.* FROM (%s) found".formatted(rank,
                    QUERIES.get(ANY_KIND[rank])))
            .collect(Collectors.joining(" UNION ALL ", "", " ORDER BY kind_rank LIMIT 1"));

    /** The record, if the access tables know it; a trust is known once one of its schools is. */
    Optional<AccessedRecord> find(String variable, UUID id) {
        if (HISTORY_VARIABLE.equals(variable)) {
            return jdbc.sql(ANY_KIND_QUERY).params(Collections.nCopies(ANY_KIND.length, id))
                    .query(rows(row -> ANY_KIND[row.getInt("kind_rank")], id)).optional();
        }
        return find(VARIABLES.get(variable), id);
    }

    /** A record of a known kind, if the access tables know it. */
    Optional<AccessedRecord> find(Kind kind, UUID id) {
        return jdbc.sql(QUERIES.get(kind)).param(id).query(rows(row -> kind, id)).optional();
    }

    /**
     * The record an answer or a page showing appraisal narrative is about: the appraisal it names itself, or else the
     * record its request names.
     */
    Optional<AccessedRecord> shownBy(Optional<UUID> appraisal, HttpServletRequest request) {
        return appraisal.isPresent() ? find(Kind.APPRAISAL, appraisal.get()) : AccessInterceptor.recordOf(request);
    }

    private static RowMapper<AccessedRecord> rows(KindOfRow kind, UUID id) {
        return (row, n) -> new AccessedRecord(kind.of(row), id, row.getObject("school_id", UUID.class),
                row.getObject("trust_id", UUID.class), row.getObject("owner_id", UUID.class),
                row.getObject("appraiser_id", UUID.class), row.getBoolean("headteacher"));
    }

    private interface KindOfRow {
        Kind of(ResultSet row) throws SQLException;
    }
}
