package dev.heartwood.reporting.api;

import java.util.UUID;

/** A school's objectives of a year, and those with learning linked to them, as {@link ObjectivesAndLearningRow}. */
public record SchoolObjectivesRow(UUID schoolId, long objectivesSet, long objectivesWithLinkedLearning) {
}
