package dev.heartwood.web.learning;

import dev.heartwood.learning.api.ComplianceStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The learning pages say amounts, days and statuses as people write them. */
class LearningWordsTest {

    private final LearningWords words = new LearningWords();

    @Test
    void poundsShowPenceOnlyWhereThereAreSome() {
        assertThat(words.money(new BigDecimal("150.00"))).isEqualTo("£150");
        assertThat(words.money(new BigDecimal("149.9"))).isEqualTo("£149.90");
        assertThat(words.money(new BigDecimal("1200"))).isEqualTo("£1,200");
        assertThat(words.money(null)).isEmpty();
    }

    @Test
    void hoursAndDaysHaveNoTrailingZeros() {
        assertThat(words.number(new BigDecimal("6.50"))).isEqualTo("6.5");
        assertThat(words.number(new BigDecimal("6.00"))).isEqualTo("6");
        assertThat(words.days(BigDecimal.ZERO)).isEqualTo("None");
        assertThat(words.days(new BigDecimal("1.0"))).isEqualTo("1 day");
        assertThat(words.days(new BigDecimal("0.5"))).isEqualTo("0.5 days");
    }

    @Test
    void aDayIsWrittenOut() {
        assertThat(words.day(LocalDate.of(2026, 7, 15))).isEqualTo("15 July 2026");
    }

    @Test
    void everyStatusHasWordsAsWellAsAColour() {
        for (ComplianceStatus status : ComplianceStatus.values()) {
            assertThat(words.trainingStatus(status).words()).isNotBlank();
        }
        for (String status : new String[]{"REQUESTED", "APPROVED", "DECLINED", "COMPLETED"}) {
            assertThat(words.cpdStatus(status).words()).isNotBlank();
        }
        assertThat(words.trainingStatus(ComplianceStatus.DUE_SOON).words()).isEqualTo("Due soon");
        assertThat(words.cpdStatus("REQUESTED").words()).isEqualTo("Awaiting a decision");
    }
}
