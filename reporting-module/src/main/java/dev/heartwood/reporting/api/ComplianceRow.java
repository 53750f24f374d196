package dev.heartwood.reporting.api;

import dev.heartwood.learning.api.ComplianceStatus;
import dev.heartwood.learning.api.TrainingCategory;
import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One cell of the training compliance matrix: a person against one requirement that applies to them on the day
 * asked about, flat so that it fits a CSV line.
 *
 * @param dueOn                the last day to complete or renew it without falling behind (the expiry once completed)
 * @param certificateReference that of the last completion, or {@code null}
 */
public record ComplianceRow(UUID schoolId, @Nullable String schoolName, UUID staffId, @Nullable String staffName,
                            UUID requirementId, String requirementTitle, TrainingCategory category,
                            ComplianceStatus status, @Nullable LocalDate lastCompletedOn, @Nullable LocalDate dueOn,
                            @Nullable LocalDate expiresOn, boolean certificateOnFile,
                            @Nullable String certificateReference) {
}
