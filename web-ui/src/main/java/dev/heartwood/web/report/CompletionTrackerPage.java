package dev.heartwood.web.report;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Permissions;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.CompletionRow;
import dev.heartwood.reporting.api.CompletionSort;
import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.SchoolCycles;
import dev.heartwood.web.learning.LearningWords.Choice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.CYCLE_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;

/**
 * The appraisal completion tracker of a school's cycle, for its leaders and HR (as the API's tracker): every
 * appraisal with its stage, each deadline's step and days late, filtered by stage, appraiser or lateness, in the
 * order chosen, a page at a time, with how fresh the figures are. The CSV download is the page on screen, with its
 * filters. A leader opens an appraisal from its row; HR, who may not read appraisals, sees no link.
 */
@Controller
class CompletionTrackerPage {

    static final int PAGE_SIZE = 50;
    /** The orders the filter offers. */
    private static final List<Choice> ORDERS = List.of(new Choice(CompletionSort.NAME.name(), "By name", null),
            new Choice(CompletionSort.DAYS_LATE.name(), "Latest first", null),
            new Choice(CompletionSort.STATUS.name(), "By status", null));
    private static final String PATH = "/schools/{schoolId}/reports/appraisal-completion";

    private final Queries queries;
    private final CompletionTracker tracker;
    private final SchoolCycles schoolCycles;
    private final Permissions permissions;

    CompletionTrackerPage(Queries queries, CompletionTracker tracker, SchoolCycles schoolCycles,
                          Permissions permissions) {
        this.queries = queries;
        this.tracker = tracker;
        this.schoolCycles = schoolCycles;
        this.permissions = permissions;
    }


    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(PATH)
    String tracker(@PathVariable UUID schoolId, @RequestParam(required = false) String year,
                   @RequestParam(required = false) String stage, @RequestParam(required = false) String appraiser,
                   @RequestParam(required = false) String late, @RequestParam(required = false) String sort,
                   @RequestParam(required = false) String page, Viewer viewer, Model model) {
        TrackerFilter filter = TrackerFilter.of(year, stage, appraiser, late, sort, page);
        SchoolView school = queries.one(new SchoolQuery(new SchoolId(schoolId)), SchoolView.class, SCHOOL_NOT_FOUND);
        List<CycleView> cycles = schoolCycles.of(schoolId).rows();
        Optional<CycleView> cycle = tracker.cycle(cycles, filter.year());
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.REPORTS));
        model.addAttribute("school", school);
        model.addAttribute("cycles", cycles);
        model.addAttribute("filter", filter);
        model.addAttribute("years", cycles.stream()
                .map(one -> new Choice(one.academicYear(), one.academicYear(), null)).toList());
        model.addAttribute("stages", Arrays.stream(Stage.values())
                .map(one -> new Choice(one.name(), one.words(), null)).toList());
        model.addAttribute("orders", ORDERS);
        model.addAttribute("cycle", cycle.orElse(null));
        cycle.ifPresent(chosen -> shown(school, chosen, filter, model));
        return "report/appraisal-completion";
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(path = PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<CompletionRow> csv(@PathVariable UUID schoolId, @RequestParam(required = false) String year,
                                  @RequestParam(required = false) String stage,
                                  @RequestParam(required = false) String appraiser,
                                  @RequestParam(required = false) String late,
                                  @RequestParam(required = false) String sort,
                                  @RequestParam(required = false) String page) {
        TrackerFilter filter = TrackerFilter.of(year, stage, appraiser, late, sort, page);
        return tracker.page(tracker.cycle(schoolCycles.of(schoolId).rows(), filter.year()).orElseThrow(() ->
                        new DomainRuleViolation(CYCLE_NOT_FOUND, "The school has no such cycle")),
                filter, PAGE_SIZE);
    }

    private void shown(SchoolView school, CycleView cycle, TrackerFilter filter, Model model) {
        ReportPage<CompletionRow> shown = tracker.page(cycle, filter, PAGE_SIZE);
        model.addAttribute("lines", shown.rows().stream()
                .map(row -> TrackerLine.of(row, permissions.allows(row.appraisalId(), Audience.SELF,
                        Audience.APPRAISER, Audience.SCHOOL_LEADER, Audience.GOVERNOR)))
                .toList());
        PageOfRows.addTo(model, filter.page(), PAGE_SIZE, shown.total(), shown.rows().size(),
                page -> filter.onPage(page).address(school.schoolId(), false));
        model.addAttribute("asOf", AsOf.of(shown.freshness()));
        model.addAttribute("csv", filter.address(school.schoolId(), true));
        model.addAttribute("appraisers", appraisers(tracker.all(cycle).rows()));
    }

    /** The appraisers of the cycle's appraisals, by name. */
    private static List<Choice> appraisers(List<CompletionRow> rows) {
        Map<UUID, String> names = rows.stream().filter(row -> row.appraiserId() != null)
                .collect(Collectors.toMap(CompletionRow::appraiserId,
                        row -> Objects.requireNonNullElse(row.appraiserName(), "Name not known"),
                        (one, same) -> one));
        return names.entrySet().stream().map(entry -> new Choice(entry.getKey().toString(), entry.getValue(), null))
                .sorted(Comparator.comparing(Choice::label)).toList();
    }
}
