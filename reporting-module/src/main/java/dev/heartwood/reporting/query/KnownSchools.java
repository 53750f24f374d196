package dev.heartwood.reporting.query;

import dev.heartwood.reporting.api.ReportScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The schools a report's scope covers, as the directory read model places them: the school, or every school of the
 * trust.
 */
@Component
public class KnownSchools {

    private final JdbcClient jdbc;

    KnownSchools(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each school the scope covers, with its name, in the order of their names; none that the directory lacks. */
    public Map<UUID, String> of(ReportScope scope) {
        Map<UUID, String> schools = new LinkedHashMap<>();
        jdbc.sql("SELECT school_id, name FROM school_view sv WHERE " + covers(scope, "sv.school_id")
                        + " ORDER BY name, school_id")
                .param("scope", id(scope))
                .query(row -> {
                    schools.put(row.getObject("school_id", UUID.class), row.getString("name"));
                });
        return schools;
    }

    /** A condition that a school id column is in the scope, with one parameter named {@code scope}. */
    public static String covers(ReportScope scope, String schoolColumn) {
        return scope.schoolId() != null
                ? schoolColumn + " = :scope"
                : schoolColumn + " IN (SELECT school_id FROM school_view WHERE trust_id = :scope)";
    }

    /** The value of the condition's parameter {@code scope}. */
    public static UUID id(ReportScope scope) {
        return scope.schoolId() != null ? scope.schoolId() : scope.trustId();
    }
}
