package dev.heartwood.reporting.api;

import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.StaffId;

/**
 * Asks for a page of the required training a person has completed over the years, the record behind their standing
 * ({@link StaffTrainingQuery}); answered with a {@code ReportPage} of {@link TrainingCompletionRow}.
 *
 * @param requirementId only the completions of this requirement, or {@code null} for all
 */
public record StaffTrainingCompletionsQuery(StaffId staffId, RequirementId requirementId,
                                            TrainingCompletionSort sort, int page, int size) {
}
