package dev.heartwood.learning.api;

import java.time.LocalDate;

/** The terms of a requirement in force from {@code effectiveFrom} until the next version or its withdrawal. */
public record RequirementVersion(LocalDate effectiveFrom, RequirementTerms terms) {
}
