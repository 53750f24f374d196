package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.serialization.Revision;

/** A school joined Heartwood; {@code trustId} is {@code null} for a standalone school. */
@Revision("1")
public record SchoolRegistered(SchoolId schoolId, TrustId trustId, String name, SchoolType type) {
}
