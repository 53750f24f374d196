package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.TrustId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by a trust's central team when the trust starts using Heartwood. */
public record RegisterTrust(@TargetAggregateIdentifier TrustId trustId, String name) {
}
