package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent when a headteacher or trust leader gives a member of staff a role for their school or its trust. */
public record GrantAccess(@TargetAggregateIdentifier StaffId staffId, AccessRole role, AccessScope scope) {
}
