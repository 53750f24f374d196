package dev.heartwood.learning.api;

import java.time.LocalDate;

/** The days, both included, on which a person is exempt from a requirement. */
public record ExemptionPeriod(LocalDate from, LocalDate until) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
