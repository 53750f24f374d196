package dev.heartwood.reporting.api;

import dev.heartwood.learning.api.ComplianceStatus;
import dev.heartwood.learning.api.TrainingCategory;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One cell of the training compliance matrix: a person against one requirement that applies to them on the day
 * asked about, flat so that it fits a CSV line.
 *
 * @param dueOn                the last day to complete or renew it without falling behind (the expiry once completed)
 * @param certificateReference that of the last completion, or {@code null}
 */
public record ComplianceRow(UUID schoolId, String schoolName, UUID staffId, String staffName, UUID requirementId,
                            String requirementTitle, TrainingCategory category, ComplianceStatus status,
                            LocalDate lastCompletedOn, LocalDate dueOn, LocalDate expiresOn,
                            boolean certificateOnFile, String certificateReference) {
}
