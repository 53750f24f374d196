package dev.heartwood.learning.api;

import dev.heartwood.kernel.RequirementId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent by the HR lead when the school or trust no longer requires the training from a day on. */
public record WithdrawTrainingRequirement(@TargetAggregateIdentifier RequirementId requirementId,
                                          LocalDate withdrawnFrom) {
}
