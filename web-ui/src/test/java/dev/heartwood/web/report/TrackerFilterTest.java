package dev.heartwood.web.report;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.reporting.api.CompletionSort;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TrackerFilterTest {

    private static final UUID SCHOOL = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void readsWhatTheFormSendsAndWritesItBackIntoTheAddress() {
        TrackerFilter filter = TrackerFilter.of("2024/25", "MID_YEAR_REVIEW", BEN.toString(), "true", "DAYS_LATE",
                "2");

        assertThat(filter).isEqualTo(new TrackerFilter(Optional.of(AcademicYear.parse("2024/25")),
                Optional.of(Stage.MID_YEAR_REVIEW), Optional.of(BEN), true, CompletionSort.DAYS_LATE, 2));
        assertThat(filter.address(SCHOOL, false)).isEqualTo("/schools/" + SCHOOL + "/reports/appraisal-completion"
                + "?year=2024/25&stage=MID_YEAR_REVIEW&appraiser=" + BEN + "&late=true&sort=DAYS_LATE&page=2");
        assertThat(filter.address(SCHOOL, true)).endsWith("&page=2&format=csv");
    }

    @Test
    void leavesOutWhatTheFormCouldNotHaveSent() {
        TrackerFilter filter = TrackerFilter.of("2024-25", "LATE", "Ben", "yes", "random", "-1");

        assertThat(filter).isEqualTo(new TrackerFilter(Optional.empty(), Optional.empty(), Optional.empty(), false,
                CompletionSort.NAME, 0));
        assertThat(filter.address(SCHOOL, false)).isEqualTo("/schools/" + SCHOOL + "/reports/appraisal-completion");
    }

    @Test
    void aStageOrTheLateOnesStartAfreshFromTheFirstPage() {
        TrackerFilter filter = TrackerFilter.of("2025/26", null, BEN.toString(), null, "STATUS", "3");

        assertThat(filter.at(Stage.OBJECTIVES).address(SCHOOL, false))
                .endsWith("?year=2025/26&stage=OBJECTIVES&sort=STATUS");
        assertThat(filter.late().address(SCHOOL, false)).endsWith("?year=2025/26&late=true&sort=DAYS_LATE");
    }
}
