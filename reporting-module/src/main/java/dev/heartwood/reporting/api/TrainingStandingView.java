package dev.heartwood.reporting.api;

import dev.heartwood.learning.api.ComplianceStatus;
import dev.heartwood.learning.api.TrainingCategory;
import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a person stands against one requirement, under the terms in force on the day asked about.
 *
 * @param certificateReference that of the last completion, or {@code null}
 */
public record TrainingStandingView(UUID requirementId, String title, TrainingCategory category, String source,
                                   ComplianceStatus status, @Nullable LocalDate lastCompletedOn,
                                   @Nullable LocalDate dueOn, @Nullable LocalDate expiresOn,
                                   @Nullable String certificateReference) {
}
