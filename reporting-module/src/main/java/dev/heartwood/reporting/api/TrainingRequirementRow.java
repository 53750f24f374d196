package dev.heartwood.reporting.api;

import dev.heartwood.learning.api.RequirementTerms;
import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A requirement of a school or of a trust, with its latest terms.
 *
 * @param schoolId      the school that requires it, or {@code null} for a trust's
 * @param trustId       the trust that requires it in each of its schools, or {@code null} for a school's
 * @param inForceSince  the day it first applied
 * @param termsFrom     the day its latest terms apply from (its first day, unless it was amended)
 * @param withdrawnFrom the first day it no longer applies, or {@code null}
 */
public record TrainingRequirementRow(UUID requirementId, @Nullable UUID schoolId, @Nullable UUID trustId,
                                     RequirementTerms terms, LocalDate inForceSince, LocalDate termsFrom,
                                     @Nullable LocalDate withdrawnFrom, long lastEventIndex) {
}
