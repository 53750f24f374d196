package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;

/** What the write side knows of a school; {@code trustId} is {@code null} for a standalone school. */
public record SchoolFacts(SchoolId schoolId, SchoolType type, TrustId trustId) {
}
