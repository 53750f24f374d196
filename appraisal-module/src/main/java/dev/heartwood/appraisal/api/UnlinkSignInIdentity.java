package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by an administrator when a staff record must no longer open to the identity linked to it. */
public record UnlinkSignInIdentity(@TargetAggregateIdentifier StaffId staffId) {
}
