package dev.heartwood.learning.api;

import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A requirement no longer applies from {@code withdrawnFrom}; it still decides compliance before that day. */
@Revision("1")
public record TrainingRequirementWithdrawn(RequirementId requirementId, SchoolId schoolId, TrustId trustId,
                                           LocalDate withdrawnFrom) {
}
