package dev.heartwood.reporting.api;

import dev.heartwood.learning.api.TrainingCategory;

import java.util.UUID;

/** A training requirement with its title and category in the terms in force on the day asked about. */
public record RequirementInForce(UUID requirementId, String title, TrainingCategory category) {
}
