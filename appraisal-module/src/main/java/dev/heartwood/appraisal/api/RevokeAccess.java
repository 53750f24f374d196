package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent when a role granted to a member of staff is taken back. */
public record RevokeAccess(@TargetAggregateIdentifier StaffId staffId, AccessRole role, AccessScope scope) {
}
