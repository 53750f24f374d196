package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by a trust's central team or a school's administrator when a school starts using Heartwood.
 *
 * @param trustId the multi-academy trust the school belongs to, or {@code null} for a standalone school
 */
public record RegisterSchool(@TargetAggregateIdentifier SchoolId schoolId, TrustId trustId, String name,
                             SchoolType type) {
}
