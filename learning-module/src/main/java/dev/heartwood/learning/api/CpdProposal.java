package dev.heartwood.learning.api;

import dev.heartwood.kernel.PersonalText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Professional learning as it is asked for: what, from whom, when, what it is expected to take and cost (in
 * pounds), the days of cover it needs and the difference it is meant to make.
 *
 * @param provider  the organisation or person who runs it (a coach is a person, so this is personal text), or
 *                  {@code null} for learning without one
 * @param coverDays days of cover for the person's classes, in halves or whole days
 */
public record CpdProposal(PersonalText title, CpdType type, PersonalText provider, LocalDate startsOn,
                          LocalDate endsOn, BigDecimal expectedHours, BigDecimal cost, BigDecimal coverDays,
                          PersonalText intendedImpact) {

    public CpdProposal {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        Objects.requireNonNull(expectedHours, "expectedHours");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(coverDays, "coverDays");
        Objects.requireNonNull(intendedImpact, "intendedImpact");
    }
}
