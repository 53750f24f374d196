package dev.heartwood.reporting.api;

import java.math.BigDecimal;

/**
 * A person's completed professional learning in one academic year (the year of each completion), logged learning
 * included; cost in pounds. {@code lastEventIndex} is the position of the last event applied to any of it.
 */
public record CpdYearRow(String academicYear, long completed, BigDecimal hours, BigDecimal cost,
                         long lastEventIndex) {
}
