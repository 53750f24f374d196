package dev.heartwood.learning.api;

import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A requirement's terms changed from {@code effectiveFrom}; earlier versions still apply before it.
 * <p>
 * Revision 2 has the terms' {@code warningDays}; revision 1, written when every requirement warned 30 days ahead,
 * is read with 30 ({@code RequirementWarningUpcaster}).
 */
@Revision("2")
public record TrainingRequirementAmended(RequirementId requirementId, SchoolId schoolId, TrustId trustId,
                                         RequirementTerms terms, LocalDate effectiveFrom) {
}
