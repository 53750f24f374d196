package dev.heartwood.reporting.api;

import dev.heartwood.kernel.StaffId;

/**
 * Asks for a person's completed professional learning that still waits for their reflection or for an evaluation of
 * its impact; sent by the page that tells a person what needs them. Answered with a list of
 * {@link LearningToEvaluateRow}, the earliest completed first.
 */
public record LearningToEvaluateQuery(StaffId staffId) {
}
