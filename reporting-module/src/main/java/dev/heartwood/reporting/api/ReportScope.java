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
}
