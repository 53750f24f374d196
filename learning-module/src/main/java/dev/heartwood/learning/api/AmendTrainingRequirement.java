package dev.heartwood.learning.api;

import dev.heartwood.kernel.RequirementId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the HR lead when a requirement changes from a day, typically at the start of a school year when new
 * statutory guidance comes into force. The earlier terms still decide compliance before that day.
 */
public record AmendTrainingRequirement(@TargetAggregateIdentifier RequirementId requirementId,
                                       RequirementTerms terms, LocalDate effectiveFrom) {
}
