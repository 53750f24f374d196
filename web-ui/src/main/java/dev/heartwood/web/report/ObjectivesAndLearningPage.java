package dev.heartwood.web.report;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.ObjectivesAndLearningQuery;
import dev.heartwood.reporting.api.ObjectivesAndLearningRow;
import dev.heartwood.reporting.api.ObjectivesAndLearningSort;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.TrustQuery;
import dev.heartwood.reporting.api.TrustView;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.learning.LearningWords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.TRUST_NOT_FOUND;

/**
 * Objectives and learning over time, for a school's leaders or a trust's (as the API's report): for every year on
 * record, the objectives set, how many had learning linked, the hours and spend of that learning, and how the
 * objectives ended with linked learning and without; then the same for each school priority. Two charts draw the
 * years side by side above their table. The CSV download is the page's rows, as the API writes them.
 */
@Controller
class ObjectivesAndLearningPage {

    /** As many years as the API compares at once. */
    static final int MOST_YEARS = 10;
    /** Every row of those years: one for each year, and one for each of its school priorities. */
    private static final int ROWS = 1000;
    private static final String SCHOOL_PATH = "/schools/{schoolId}/reports/objectives-and-learning";
    private static final String TRUST_PATH = "/trusts/{trustId}/reports/objectives-and-learning";

    private final Queries queries;
    private final Clock clock;
    private final LearningWords words;

    ObjectivesAndLearningPage(Queries queries, Clock clock, LearningWords words) {
        this.queries = queries;
        this.clock = clock;
        this.words = words;
    }

    @Allowed(Audience.SCHOOL_LEADER)
    @GetMapping(SCHOOL_PATH)
    String school(@PathVariable UUID schoolId, Viewer viewer, Model model) {
        SchoolView school = queries.one(new SchoolQuery(new SchoolId(schoolId)), SchoolView.class, SCHOOL_NOT_FOUND);
        return page(ReportScope.school(schoolId), school.name(),
                SCHOOL_PATH.replace("{schoolId}", schoolId.toString()), viewer, model);
    }

    @Allowed(Audience.SCHOOL_LEADER)
    @GetMapping(path = SCHOOL_PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<ObjectivesAndLearningRow> schoolCsv(@PathVariable UUID schoolId) {
        return onRecord(ReportScope.school(schoolId));
    }

    @Allowed(Audience.TRUST_LEADER)
    @GetMapping(TRUST_PATH)
    String trust(@PathVariable UUID trustId, Viewer viewer, Model model) {
        TrustView trust = queries.one(new TrustQuery(new TrustId(trustId)), TrustView.class, TRUST_NOT_FOUND);
        return page(ReportScope.trust(trustId), trust.name(), TRUST_PATH.replace("{trustId}", trustId.toString()),
                viewer, model);
    }

    @Allowed(Audience.TRUST_LEADER)
    @GetMapping(path = TRUST_PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<ObjectivesAndLearningRow> trustCsv(@PathVariable UUID trustId) {
        return onRecord(ReportScope.trust(trustId));
    }

    private String page(ReportScope scope, String name, String address, Viewer viewer, Model model) {
        ReportPage<ObjectivesAndLearningRow> report = onRecord(scope);
        List<ObjectivesAndLearningRow> years = report.rows().stream().filter(row -> row.priorityId() == null)
                .toList();
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.REPORTS));
        model.addAttribute("name", name);
        model.addAttribute("years", years);
        model.addAttribute("priorities", report.rows().stream().filter(row -> row.priorityId() != null).toList());
        model.addAttribute("asOf", AsOf.of(report.freshness()));
        model.addAttribute("csv", address + "?format=csv");
        model.addAttribute("objectivesChart", objectivesChart(years));
        model.addAttribute("hoursChart", hoursChart(years));
        return "report/objectives-and-learning";
    }

    /**
     * The rows of every year on record: from the first of the last {@link #MOST_YEARS} with an objective or a school
     * priority, to this one; the whole years' rows first, then each priority's years side by side.
     */
    private ReportPage<ObjectivesAndLearningRow> onRecord(ReportScope scope) {
        AcademicYear thisYear = thisYear();
        AcademicYear first = query(scope, new AcademicYear(thisYear.startYear() - MOST_YEARS + 1), thisYear)
                .rows().stream().filter(row -> row.objectivesSet() > 0 || row.priorityId() != null)
                .map(row -> AcademicYear.parse(row.academicYear()))
                .min(Comparator.comparingInt(AcademicYear::startYear)).orElse(thisYear);
        return query(scope, first, thisYear);
    }

    private ReportPage<ObjectivesAndLearningRow> query(ReportScope scope, AcademicYear from, AcademicYear to) {
        return queries.page(new ObjectivesAndLearningQuery(scope, from, to, ObjectivesAndLearningSort.PRIORITY, 0,
                ROWS), ObjectivesAndLearningRow.class);
    }

    private static BarChart objectivesChart(List<ObjectivesAndLearningRow> years) {
        List<BarChart.Figures> figures = years.stream().map(row -> new BarChart.Figures(row.academicYear(),
                BigDecimal.valueOf(row.objectivesSet()), BigDecimal.valueOf(row.objectivesWithLinkedLearning()),
                "%s: %d %s set, %d with linked learning".formatted(row.academicYear(), row.objectivesSet(),
                        row.objectivesSet() == 1 ? "objective" : "objectives", row.objectivesWithLinkedLearning()),
                row.objectivesWithLinkedLearning() + " of " + row.objectivesSet())).toList();
        return BarChart.of("objectives-chart", "Objectives set each year, and those with linked learning",
                description(figures), "Objectives set", "With linked learning", figures);
    }

    private BarChart hoursChart(List<ObjectivesAndLearningRow> years) {
        List<BarChart.Figures> figures = years.stream().map(row -> new BarChart.Figures(row.academicYear(),
                row.linkedHours(), row.linkedHours(),
                "%s: %s hours of linked learning, costing %s".formatted(row.academicYear(),
                        words.number(row.linkedHours()), words.money(row.linkedCost())),
                words.number(row.linkedHours()) + " h")).toList();
        return BarChart.of("hours-chart", "Hours of learning linked to objectives each year", description(figures),
                "Linked hours", null, figures);
    }

    private static String description(List<BarChart.Figures> figures) {
        return figures.stream().map(BarChart.Figures::name).collect(Collectors.joining(". ", "", "."));
    }

    private AcademicYear thisYear() {
        return AcademicYear.containing(SchoolTime.today(clock));
    }
}
