package dev.heartwood.learning.api;

import java.time.LocalDate;

/**
 * A person's standing against one requirement on one day.
 *
 * @param lastCompletedOn the latest completion up to the day, or {@code null}
 * @param dueOn           the last day to complete or renew it without falling behind, or {@code null} when it is
 *                        not applicable, exempt, or completed and never expiring
 * @param expiresOn       the renewal date of the last completion, or {@code null} if none or it never expires
 */
public record Compliance(ComplianceStatus status, LocalDate lastCompletedOn, LocalDate dueOn, LocalDate expiresOn) {

    static Compliance only(ComplianceStatus status) {
        return new Compliance(status, null, null, null);
    }
}
