package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by a member of staff, or their line manager for them, to ask for professional learning before it takes
 * place, usually when objectives are set in the autumn term. Sending the same request again records nothing.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record RequestCpdActivity(@TargetAggregateIdentifier CpdActivityId activityId, StaffId staffId,
                                 CpdProposal proposal, CpdLinks links, LocalDate on) {
}
