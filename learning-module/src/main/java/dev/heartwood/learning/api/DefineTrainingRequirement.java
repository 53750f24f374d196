package dev.heartwood.learning.api;

import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by a school's (or a trust's) HR lead when the school or trust starts to require a piece of training, or
 * once for each requirement of the standard set it adopts. Exactly one of {@code schoolId} and {@code trustId}
 * is set: a trust's requirement applies in each of its schools.
 */
public record DefineTrainingRequirement(@TargetAggregateIdentifier RequirementId requirementId, SchoolId schoolId,
                                        TrustId trustId, RequirementTerms terms, LocalDate effectiveFrom) {

    public DefineTrainingRequirement {
        if ((schoolId == null) == (trustId == null)) {
            throw new IllegalArgumentException("A requirement belongs either to a school or to a trust");
        }
    }
}
