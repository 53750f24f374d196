package dev.heartwood.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A day by which something is to be done, as of today: late, due soon (within a fortnight), or due later. A page
 * shows it with a tag, so that what is late stands out.
 */
public record Deadline(LocalDate by, LocalDate today) {

    /** How near a deadline is "soon": two school weeks. */
    private static final int SOON = 14;

    public boolean late() {
        return by.isBefore(today);
    }

    public boolean soon() {
        return !late() && ChronoUnit.DAYS.between(today, by) <= SOON;
    }

    public long daysLate() {
        return ChronoUnit.DAYS.between(by, today);
    }

    public long daysLeft() {
        return ChronoUnit.DAYS.between(today, by);
    }
}
