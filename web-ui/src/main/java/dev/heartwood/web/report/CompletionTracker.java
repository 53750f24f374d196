package dev.heartwood.web.report;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.reporting.api.CompletionRow;
import dev.heartwood.reporting.api.CompletionSort;
import dev.heartwood.reporting.api.CompletionTrackerQuery;
import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.web.Queries;
import dev.heartwood.web.SchoolCycles;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The completion tracker of a school's cycle as the pages read it, through the query the API's tracker asks: so the
 * page, its CSV and the API's JSON and CSV are the same rows.
 */
@Component
class CompletionTracker {

    /** As many appraisals as the API serves in one page. */
    private static final int READ_AT_ONCE = 500;

    private final Queries queries;
    private final SchoolCycles schoolCycles;

    CompletionTracker(Queries queries, SchoolCycles schoolCycles) {
        this.queries = queries;
        this.schoolCycles = schoolCycles;
    }

    /** The day lateness is counted to: today, in the school's zone. */
    LocalDate today() {
        return schoolCycles.today();
    }

    /** The cycle of the year asked for; by default this year's, or the latest before it. */
    Optional<CycleView> cycle(List<CycleView> cycles, Optional<AcademicYear> year) {
        String wanted = year.orElseGet(() -> AcademicYear.containing(today())).toString();
        return cycles.stream().filter(cycle -> cycle.academicYear().equals(wanted)).findFirst()
                .or(() -> year.isPresent() ? Optional.empty() : cycles.stream()
                        .filter(cycle -> cycle.academicYear().compareTo(wanted) < 0).findFirst());
    }

    /** The page of the cycle's appraisals the filters ask for. */
    ReportPage<CompletionRow> page(CycleView cycle, TrackerFilter filter, int size) {
        return queries.one(new CompletionTrackerQuery(cycle.schoolId(), null, cycle.cycleId(), null, null,
                        filter.sort(), today(), filter.page(), size, filter.stage().map(Stage::name).orElse(null),
                        filter.appraiser().orElse(null), filter.lateOnly()), ReportPage.class)
                .map(CompletionTracker::rows)
                .orElseThrow(() -> new IllegalStateException("Cycle " + cycle.cycleId() + " is not in the tracker"));
    }

    /** Every appraisal of the cycle, by name, on one page as fresh as the last read. */
    ReportPage<CompletionRow> all(CycleView cycle) {
        TrackerFilter everyone = TrackerFilter.of(null, null, null, null, CompletionSort.NAME.name(), null);
        return everyPage(page -> page(cycle, everyone.onPage(page), READ_AT_ONCE));
    }

    /** Late against a deadline of the cycle. */
    static boolean late(CompletionRow row) {
        return row.daysLate() != null && row.daysLate() > 0;
    }

    private static ReportPage<CompletionRow> everyPage(IntFunction<ReportPage<CompletionRow>> numbered) {
        List<CompletionRow> rows = new ArrayList<>();
        ReportPage<CompletionRow> page;
        do {
            page = numbered.apply(rows.size() / READ_AT_ONCE);
            rows.addAll(page.rows());
        } while (!page.rows().isEmpty() && rows.size() < page.total());
        return new ReportPage<>(CompletionRow.class, rows, 0, Math.max(1, rows.size()), rows.size(),
                page.freshness());
    }

    @SuppressWarnings("unchecked")
    private static ReportPage<CompletionRow> rows(ReportPage<?> page) {
        return (ReportPage<CompletionRow>) page;
    }
}
