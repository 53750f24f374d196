package dev.heartwood.learning.api;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Sent by a school's (or a trust's) HR lead or leader to require, from a day, the training an English school is
 * expected to require, in one go: one {@link DefineTrainingRequirement} for each requirement of the standard set
 * that the school or trust has not defined yet, so adopting it again defines nothing twice. Exactly one of
 * {@code schoolId} and {@code trustId} is set. Answered with each requirement of the set
 * ({@link AdoptedRequirement}).
 */
public record AdoptStandardTrainingSet(SchoolId schoolId, TrustId trustId, LocalDate effectiveFrom) {

    public AdoptStandardTrainingSet {
        if ((schoolId == null) == (trustId == null)) {
            throw new IllegalArgumentException("The standard set is adopted either by a school or by a trust");
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    public static AdoptStandardTrainingSet forSchool(SchoolId schoolId, LocalDate effectiveFrom) {
        return new AdoptStandardTrainingSet(schoolId, null, effectiveFrom);
    }

    public static AdoptStandardTrainingSet forTrust(TrustId trustId, LocalDate effectiveFrom) {
        return new AdoptStandardTrainingSet(null, trustId, effectiveFrom);
    }
}
