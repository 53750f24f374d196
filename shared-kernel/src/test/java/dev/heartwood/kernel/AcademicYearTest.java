package dev.heartwood.kernel;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AcademicYearTest {

    @Test
    void readsAndWritesTheUsualForm() {
        assertThat(AcademicYear.parse("2025/26")).isEqualTo(new AcademicYear(2025));
        assertThat(new AcademicYear(2025)).hasToString("2025/26");
        assertThat(new AcademicYear(2099)).hasToString("2099/00");
        assertThat(AcademicYear.parse("2099/00")).isEqualTo(new AcademicYear(2099));
    }

    @Test
    void refusesYearsThatAreNotConsecutiveOrNotWrittenAsSuch() {
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicYear.parse("2025/27"));
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicYear.parse("2025-26"));
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicYear.parse("25/26"));
        assertThatIllegalArgumentException().isThrownBy(() -> AcademicYear.parse(null));
    }

    @Test
    void aYearRunsFromSeptemberToAugustByDefault() {
        assertThat(AcademicYear.containing(LocalDate.of(2025, 9, 1))).hasToString("2025/26");
        assertThat(AcademicYear.containing(LocalDate.of(2026, 8, 31))).hasToString("2025/26");
        assertThat(AcademicYear.containing(LocalDate.of(2025, 8, 31))).hasToString("2024/25");
    }

    @Test
    void aSchoolMayStartItsYearInAnotherMonth() {
        assertThat(AcademicYear.containing(LocalDate.of(2026, 8, 20), Month.AUGUST)).hasToString("2026/27");
        assertThat(AcademicYear.containing(LocalDate.of(2026, 7, 31), Month.AUGUST)).hasToString("2025/26");
    }
}
