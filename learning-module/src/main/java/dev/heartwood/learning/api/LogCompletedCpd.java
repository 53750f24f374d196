package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by a member of staff logging learning they have already done (a book read, a network meeting), or by the
 * school for everyone who attended an INSET day; it needs no approval. Sending it again records nothing.
 */
public record LogCompletedCpd(@TargetAggregateIdentifier CpdActivityId activityId, StaffId staffId,
                              CompletedLearning learning, CpdLinks links) {
}
