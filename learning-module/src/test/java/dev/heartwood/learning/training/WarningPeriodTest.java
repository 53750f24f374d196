package dev.heartwood.learning.training;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WarningPeriodTest {

    @ParameterizedTest(name = "{0} months: at least {1} days")
    @CsvSource({"1, 28", "2, 59", "3, 89", "6, 181", "12, 365", "24, 730", "36, 1095", "48, 1461"})
    void aRenewalPeriodIsAsShortAsItsShortestRunOfMonths(int months, int days) {
        assertThat(WarningPeriod.shortestDays(months)).isEqualTo(days);
    }
}
