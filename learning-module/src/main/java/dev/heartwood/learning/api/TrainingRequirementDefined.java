package dev.heartwood.learning.api;

import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A school ({@code schoolId}) or a trust ({@code trustId}) requires training on these terms from a day. */
@Revision("1")
public record TrainingRequirementDefined(RequirementId requirementId, SchoolId schoolId, TrustId trustId,
                                         RequirementTerms terms, LocalDate effectiveFrom) {
}
