package dev.heartwood.learning.api;

import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A school ({@code schoolId}) or a trust ({@code trustId}) requires training on these terms from a day.
 * <p>
 * Revision 2 has the terms' {@code warningDays}; revision 1, written when every requirement warned 30 days ahead,
 * is read with 30 ({@code RequirementWarningUpcaster}).
 */
@Revision("2")
public record TrainingRequirementDefined(RequirementId requirementId, SchoolId schoolId, TrustId trustId,
                                         RequirementTerms terms, LocalDate effectiveFrom) {
}
