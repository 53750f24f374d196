package dev.heartwood.web.report;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.reporting.api.CompletionSort;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * What the completion tracker's form asks, as its fields send it: the year, a stage, an appraiser, only the late ones,
 * the order and the page. A value the form could not have sent is left out, so a mistyped address shows every
 * appraisal rather than an error.
 */
public record TrackerFilter(Optional<AcademicYear> year, Optional<Stage> stage, Optional<UUID> appraiser,
                            boolean lateOnly, CompletionSort sort, int page) {

    static TrackerFilter of(String year, String stage, String appraiser, String late, String sort, String page) {
        return new TrackerFilter(academicYear(year), Stage.named(stage), identifier(appraiser), "true".equals(late),
                Arrays.stream(CompletionSort.values()).filter(order -> order.name().equals(sort)).findFirst()
                        .orElse(CompletionSort.NAME),
                PageOfRows.asked(page));
    }

    /** The same filters on every appraisal of this stage, from the first page. */
    TrackerFilter at(Stage chosen) {
        return new TrackerFilter(year, Optional.of(chosen), Optional.empty(), false, sort, 0);
    }

    /** The same filters on the late appraisals only, from the first page. */
    TrackerFilter late() {
        return new TrackerFilter(year, Optional.empty(), Optional.empty(), true, CompletionSort.DAYS_LATE, 0);
    }

    TrackerFilter onPage(int other) {
        return new TrackerFilter(year, stage, appraiser, lateOnly, sort, other);
    }

    /** The tracker's address with these filters: its page, or with {@code csv} the CSV of that page. */
    String address(UUID schoolId, boolean csv) {
        UriComponentsBuilder address = UriComponentsBuilder
                .fromPath("/schools/{school}/reports/appraisal-completion");
        year.ifPresent(chosen -> address.queryParam("year", chosen.toString()));
        stage.ifPresent(chosen -> address.queryParam("stage", chosen.name()));
        appraiser.ifPresent(chosen -> address.queryParam("appraiser", chosen));
        if (lateOnly) {
            address.queryParam("late", true);
        }
        if (sort != CompletionSort.NAME) {
            address.queryParam("sort", sort.name());
        }
        if (page > 0) {
            address.queryParam("page", page);
        }
        if (csv) {
            address.queryParam("format", "csv");
        }
        return address.buildAndExpand(schoolId).encode().toUriString();
    }

    public String stageName() {
        return stage.map(Stage::name).orElse("");
    }

    public String appraiserId() {
        return appraiser.map(UUID::toString).orElse("");
    }

    private static Optional<AcademicYear> academicYear(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(AcademicYear.parse(text.strip()));
        } catch (IllegalArgumentException notAYear) {
            return Optional.empty();
        }
    }

    static Optional<UUID> identifier(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnIdentifier) {
            return Optional.empty();
        }
    }
}
