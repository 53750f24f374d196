package dev.heartwood.reporting.api;

/**
 * Asks for the training a school requires (its own requirements and its trust's) or a trust requires, withdrawn ones
 * included; answered with a {@code ReportPage} of {@link TrainingRequirementRow}, all on one page, by title.
 */
public record TrainingRequirementsQuery(ReportScope scope) {
}
