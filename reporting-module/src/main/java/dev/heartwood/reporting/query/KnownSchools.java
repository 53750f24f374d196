package dev.heartwood.reporting.query;

import dev.heartwood.kernel.DomainRuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.TRUST_NOT_FOUND;

/**
 * The schools a school's or a trust's report covers, each with its name, in the order of their names; an unknown
 * school or trust is refused as not found. A trust is known to the reports by its schools in the directory read
 * model.
 */
@Component
public class KnownSchools {

    private final JdbcClient jdbc;

    KnownSchools(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, String> school(UUID schoolId) {
        Map<UUID, String> schools = schoolsWhere("school_id = ?", schoolId);
        if (schools.isEmpty()) {
            throw new DomainRuleViolation(SCHOOL_NOT_FOUND, "No school " + schoolId + " is known");
        }
        return schools;
    }

    public Map<UUID, String> trust(UUID trustId) {
        Map<UUID, String> schools = schoolsWhere("trust_id = ?", trustId);
        if (schools.isEmpty()) {
            throw new DomainRuleViolation(TRUST_NOT_FOUND, "No trust " + trustId + " with schools is known");
        }
        return schools;
    }

    private Map<UUID, String> schoolsWhere(String condition, UUID id) {
        Map<UUID, String> schools = new LinkedHashMap<>();
        jdbc.sql("SELECT school_id, name FROM school_view WHERE " + condition + " ORDER BY name, school_id")
                .param(id)
                .query(row -> {
                    schools.put(row.getObject("school_id", UUID.class), row.getString("name"));
                });
        return schools;
    }
}
