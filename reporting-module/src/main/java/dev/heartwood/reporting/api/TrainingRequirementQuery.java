package dev.heartwood.reporting.api;

import dev.heartwood.kernel.RequirementId;

/** Asks for one training requirement; answered with an optional {@link TrainingRequirementRow}. */
public record TrainingRequirementQuery(RequirementId requirementId) {
}
