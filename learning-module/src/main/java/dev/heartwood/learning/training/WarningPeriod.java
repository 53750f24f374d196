package dev.heartwood.learning.training;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.learning.api.RequirementTerms;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import static dev.heartwood.learning.api.TrainingErrorCode.WARNING_PERIOD_INVALID;

/**
 * The days before a due date from which a requirement shows as due soon. It cannot be negative. A requirement that is
 * renewed needs a warning shorter than the shortest its renewal period can be (28 days for a month, 365 for a year),
 * or a renewal would already be due soon on the day it is done. One never renewed takes any warning: it only runs
 * before the first due date, and a warning longer than the time to that date shows it due soon from the start.
 */
final class WarningPeriod {

    /** Every day a renewal period can start on within a leap cycle, so every length a number of months can have. */
    private static final LocalDate CYCLE_START = LocalDate.of(2024, 1, 1);

    private WarningPeriod() {
    }

    static void check(RequirementTerms terms) {
        if (terms.warningDays() < 0) {
            throw new DomainRuleViolation(WARNING_PERIOD_INVALID, "The warning period cannot be negative");
        }
        if (terms.renewalMonths() != null && terms.warningDays() >= shortestDays(terms.renewalMonths())) {
            throw new DomainRuleViolation(WARNING_PERIOD_INVALID, "The warning period must be shorter than the "
                    + "renewal period: fewer than " + shortestDays(terms.renewalMonths()) + " days for "
                    + terms.renewalMonths() + (terms.renewalMonths() == 1 ? " month" : " months"));
        }
    }

    static int shortestDays(int months) {
        return Stream.iterate(CYCLE_START, day -> day.isBefore(CYCLE_START.plusYears(4)), day -> day.plusDays(1))
                .mapToInt(start -> (int) ChronoUnit.DAYS.between(start, start.plusMonths(months)))
                .min()
                .orElseThrow();
    }
}
