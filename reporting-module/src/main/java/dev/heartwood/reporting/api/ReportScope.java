package dev.heartwood.reporting.api;

import java.util.UUID;

/**
 * Whose records a report covers: one school's, or those of every school in a trust (as the directory places them).
 *
 * @param schoolId the school, or {@code null} for a trust
 * @param trustId  the trust, or {@code null} for a school
 */
public record ReportScope(UUID schoolId, UUID trustId) {

    public static ReportScope school(UUID schoolId) {
        return new ReportScope(schoolId, null);
    }

    public static ReportScope trust(UUID trustId) {
        return new ReportScope(null, trustId);
    }

    /** A condition that a school id column is in the scope, with one parameter named {@code scope}. */
    public String covers(String schoolColumn) {
        return schoolId != null
                ? schoolColumn + " = :scope"
                : schoolColumn + " IN (SELECT school_id FROM school_view WHERE trust_id = :scope)";
    }

    public UUID id() {
        return schoolId != null ? schoolId : trustId;
    }
}
