package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent when a person signs in for the first time with a verified address that a staff record has and no identity
 * holds yet, or by an administrator to link (or re-link) a record to an identity by hand.
 */
public record LinkSignInIdentity(@TargetAggregateIdentifier StaffId staffId, SignInIdentity identity,
                                 SignInLinkedBy linkedBy) {
}
