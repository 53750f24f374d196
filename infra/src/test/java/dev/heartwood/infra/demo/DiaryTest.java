package dev.heartwood.infra.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiaryTest {

    private static final LocalDate RECORDS_BEGIN = LocalDate.of(2024, 8, 12);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private final Diary diary = new Diary(RECORDS_BEGIN);
    private final List<String> recorded = new ArrayList<>();

    @Test
    void recordsWhatWasWrittenDownInTheOrderOfItsDaysAndWithinADayInTheOrderItWasWritten() {
        diary.on(LocalDate.of(2025, 10, 20), "objectives set");
        diary.on(LocalDate.of(2024, 9, 1), "cycle opened");
        diary.on(LocalDate.of(2025, 10, 20), "objectives agreed");
        diary.on(LocalDate.of(2025, 2, 10), "mid-year review");

        diary.recordUpTo(TODAY, (day, command) -> recorded.add(day + " " + command));

        assertThat(recorded).containsExactly("2024-09-01 cycle opened", "2025-02-10 mid-year review",
                "2025-10-20 objectives set", "2025-10-20 objectives agreed");
    }

    @Test
    void writesDownWhatHappenedBeforeTheSchoolsRecordsBeganOnTheDayTheyBegan() {
        diary.on(RECORDS_BEGIN, "school registered");
        diary.on(LocalDate.of(2016, 9, 12), "Prevent training completed on joining");

        diary.recordUpTo(TODAY, (day, command) -> recorded.add(day + " " + command));

        assertThat(recorded).containsExactly("2024-08-12 school registered",
                "2024-08-12 Prevent training completed on joining");
    }

    @Test
    void leavesOutWhatIsDatedAfterTodayAndForgetsWhatItRecorded() {
        diary.on(TODAY, "mid-year review");
        diary.on(TODAY.plusDays(1), "self-review");

        diary.recordUpTo(TODAY, (day, command) -> recorded.add(day + " " + command));
        diary.recordUpTo(TODAY.plusYears(1), (day, command) -> recorded.add(day + " " + command));

        assertThat(recorded).containsExactly("2026-03-16 mid-year review");
    }
}
