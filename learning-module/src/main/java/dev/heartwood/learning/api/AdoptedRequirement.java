package dev.heartwood.learning.api;

import java.util.UUID;

/**
 * One requirement of the standard training set, by its key in the set ({@code safeguarding-update},
 * {@code first-aid-at-work}...), as {@link AdoptStandardTrainingSet} answers it, and whether that adoption defined
 * it (rather than finding it defined already).
 */
public record AdoptedRequirement(String key, UUID requirementId, String title, boolean created) {
}
