package dev.heartwood.learning.api;

import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A requirement's terms changed from {@code effectiveFrom}; earlier versions still apply before it. */
@Revision("1")
public record TrainingRequirementAmended(RequirementId requirementId, SchoolId schoolId, TrustId trustId,
                                         RequirementTerms terms, LocalDate effectiveFrom) {
}
