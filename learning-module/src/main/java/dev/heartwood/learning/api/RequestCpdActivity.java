package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by a member of staff, or their line manager for them, to ask for professional learning before it takes
 * place, usually when objectives are set in the autumn term. Sending the same request again records nothing.
 */
public record RequestCpdActivity(@TargetAggregateIdentifier CpdActivityId activityId, StaffId staffId,
                                 CpdProposal proposal, CpdLinks links) {
}
