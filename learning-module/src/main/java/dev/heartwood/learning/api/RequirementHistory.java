package dev.heartwood.learning.api;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every version a requirement has had, and its withdrawal, so that the terms in force on any day can be found.
 *
 * @param withdrawnFrom the first day it no longer applies, or {@code null}
 */
public record RequirementHistory(List<RequirementVersion> versions, LocalDate withdrawnFrom) {

    public RequirementHistory {
        versions = versions.stream().sorted(Comparator.comparing(RequirementVersion::effectiveFrom)).toList();
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("A requirement has at least the version it was defined with");
        }
    }

    /** The day it first applied; due dates of people already on the staff then run from it. */
    public LocalDate inForceSince() {
        return versions.get(0).effectiveFrom();
    }

    public Optional<RequirementTerms> termsOn(LocalDate day) {
        if (withdrawnFrom != null && !day.isBefore(withdrawnFrom)) {
            return Optional.empty();
        }
        return versions.stream()
                .filter(version -> !version.effectiveFrom().isAfter(day))
                .reduce((earlier, later) -> later)
                .map(RequirementVersion::terms);
    }
}
