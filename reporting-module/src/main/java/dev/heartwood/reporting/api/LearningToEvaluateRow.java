package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Completed professional learning, with the day of the first reflection on it and of the first evaluation of its
 * impact; at least one of them is still empty.
 */
public record LearningToEvaluateRow(UUID activityId, String title, LocalDate completedOn,
                                    @Nullable LocalDate reflectedOn, @Nullable LocalDate impactEvaluatedOn) {
}
