package dev.heartwood.web.report;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.ObjectivesAndLearningGrouping;
import dev.heartwood.reporting.api.ObjectivesAndLearningQuery;
import dev.heartwood.reporting.api.ObjectivesAndLearningRow;
import dev.heartwood.reporting.api.ObjectivesAndLearningSort;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Objectives and learning over time, for a school's leaders or a trust's (as the API's report): for every year on
 * record, the objectives set, how many had learning linked, the hours and spend of that learning, and how the
 * objectives ended with linked learning and without; then the same for each school priority, and for each standard
 * the objectives serve. Charts draw the years side by side above their table, and the latest year's standards above
 * theirs. The CSV downloads are the page's rows, as the API writes them: the years with their priorities, or
 * ({@code by=standard}) with their standards.
 */
@Controller
class ObjectivesAndLearningPage {

    /** As many years as the API compares at once. */
    static final int MOST_YEARS = 10;
    /** Every row of those years: one for each year, and one for each of its school priorities or standards. */
    private static final int ROWS = 1000;
    private static final String PATH = "/objectives-and-learning";

    private final Queries queries;
    private final Clock clock;
    private final ObjectivesAndLearningCharts charts;

    ObjectivesAndLearningPage(Queries queries, Clock clock, ObjectivesAndLearningCharts charts) {
        this.queries = queries;
        this.clock = clock;
        this.charts = charts;
    }

    @Allowed(Audience.SCHOOL_LEADER)
    @GetMapping(ReportPlace.SCHOOL + PATH)
    String school(@PathVariable UUID schoolId, Viewer viewer, Model model) {
        return page(ReportPlace.school(schoolId, PATH), viewer, model);
    }

    @Allowed(Audience.SCHOOL_LEADER)
    @GetMapping(path = ReportPlace.SCHOOL + PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<ObjectivesAndLearningRow> schoolCsv(@PathVariable UUID schoolId,
                                                   @RequestParam(defaultValue = "priority")
                                                   ObjectivesAndLearningGrouping by) {
        return rows(ReportScope.school(schoolId), by);
    }

    @Allowed(Audience.TRUST_LEADER)
    @GetMapping(ReportPlace.TRUST + PATH)
    String trust(@PathVariable UUID trustId, Viewer viewer, Model model) {
        return page(ReportPlace.trust(trustId, PATH), viewer, model);
    }

    @Allowed(Audience.TRUST_LEADER)
    @GetMapping(path = ReportPlace.TRUST + PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<ObjectivesAndLearningRow> trustCsv(@PathVariable UUID trustId,
                                                  @RequestParam(defaultValue = "priority")
                                                  ObjectivesAndLearningGrouping by) {
        return rows(ReportScope.trust(trustId), by);
    }

    private ReportPage<ObjectivesAndLearningRow> rows(ReportScope scope, ObjectivesAndLearningGrouping by) {
        return query(scope, firstOnRecord(scope), by);
    }

    private String page(ReportPlace report, Viewer viewer, Model model) {
        String name = report.covered(queries).name();
        ReportScope scope = report.scope();
        AcademicYear first = firstOnRecord(scope);
        ReportPage<ObjectivesAndLearningRow> rows = query(scope, first, ObjectivesAndLearningGrouping.PRIORITY);
        List<ObjectivesAndLearningRow> years = rows.rows().stream().filter(row -> row.priorityId() == null)
                .toList();
        List<ObjectivesAndLearningRow> standards = query(scope, first, ObjectivesAndLearningGrouping.STANDARD)
                .rows().stream().filter(row -> row.standard() != null).toList();
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.REPORTS));
        model.addAttribute("name", name);
        model.addAttribute("years", years);
        model.addAttribute("priorities", rows.rows().stream().filter(row -> row.priorityId() != null).toList());
        model.addAttribute("standards", standards);
        model.addAttribute("asOf", AsOf.of(rows.freshness()));
        model.addAttribute("csv", report.address() + "?format=csv");
        model.addAttribute("standardsCsv", report.address() + "?format=csv&by=standard");
        model.addAttribute("objectivesChart", charts.objectives(years));
        model.addAttribute("hoursChart", charts.hours(years));
        standards.stream().map(ObjectivesAndLearningRow::academicYear).max(Comparator.naturalOrder())
                .ifPresent(latest -> model.addAttribute("standardsChart", charts.standards(latest,
                        standards.stream().filter(row -> row.academicYear().equals(latest)).toList())));
        return "report/objectives-and-learning";
    }

    /** The first of the last {@link #MOST_YEARS} with an objective or a school priority, or else this one. */
    private AcademicYear firstOnRecord(ReportScope scope) {
        AcademicYear thisYear = thisYear();
        return query(scope, new AcademicYear(thisYear.startYear() - MOST_YEARS + 1),
                ObjectivesAndLearningGrouping.PRIORITY).rows().stream().filter(row -> row.objectivesSet() > 0 || row.priorityId() != null)
                .map(row -> AcademicYear.parse(row.academicYear()))
                .min(Comparator.comparingInt(AcademicYear::startYear)).orElse(thisYear);
    }

    /**
     * The rows from the first year to this one: the whole years' rows first, then each priority's or standard's
     * years side by side.
     */
    private ReportPage<ObjectivesAndLearningRow> query(ReportScope scope, AcademicYear from,
                                                      ObjectivesAndLearningGrouping by) {
        return queries.page(new ObjectivesAndLearningQuery(scope, from, thisYear(), by,
                ObjectivesAndLearningSort.PRIORITY, 0, ROWS), ObjectivesAndLearningRow.class);
    }

    private AcademicYear thisYear() {
        return AcademicYear.containing(SchoolTime.today(clock));
    }
}
