package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Sent by the member of staff (or the CPD lead) once approved learning is over, with the hours it took, what it
 * cost in the end and the certificate reference, if there is one.
 */
public record CompleteCpdActivity(@TargetAggregateIdentifier CpdActivityId activityId, LocalDate completedOn,
                                  BigDecimal hours, BigDecimal cost, String certificateReference) {
}
