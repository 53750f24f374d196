package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.TrustId;
import org.axonframework.serialization.Revision;

/** A multi-academy trust joined Heartwood. */
@Revision("1")
public record TrustRegistered(TrustId trustId, String name) {
}
