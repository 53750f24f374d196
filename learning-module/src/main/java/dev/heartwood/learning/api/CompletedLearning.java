package dev.heartwood.learning.api;

import dev.heartwood.kernel.PersonalText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Professional learning that has already taken place, as it is logged afterwards: what, from whom, when, the
 * hours it took and what it cost (in pounds).
 *
 * @param provider             the organisation or person who ran it, or {@code null} for learning without one,
 *                             such as reading
 * @param certificateReference where the certificate is kept, or {@code null} when there is none
 */
public record CompletedLearning(PersonalText title, CpdType type, PersonalText provider, LocalDate startedOn,
                                LocalDate completedOn, BigDecimal hours, BigDecimal cost,
                                String certificateReference) {

    public CompletedLearning {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(cost, "cost");
    }
}
