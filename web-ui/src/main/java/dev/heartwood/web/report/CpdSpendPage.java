package dev.heartwood.web.report;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.CpdGrouping;
import dev.heartwood.reporting.api.CpdSpendQuery;
import dev.heartwood.reporting.api.CpdSpendRow;
import dev.heartwood.reporting.api.CpdSpendSort;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.learning.LearningWords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;

/**
 * A school's CPD hours and spend, for its leaders and HR (as the API's report): the learning completed in each year
 * on record as a chart with its table, then one year's learning grouped by person, type, school priority or term,
 * with its totals. The CSV download is the grouped table on screen, as the API writes it.
 */
@Controller
class CpdSpendPage {

    /** More groups than a school has people. */
    private static final int ROWS = 1000;
    private static final String PATH = "/schools/{schoolId}/reports/cpd";
    /** The groupings a school's page offers: the school's own is the year's row of the chart's table. */
    private static final List<CpdGrouping> GROUPINGS = List.of(CpdGrouping.PERSON, CpdGrouping.TYPE,
            CpdGrouping.PRIORITY, CpdGrouping.TERM);

    private final Queries queries;
    private final Clock clock;
    private final LearningWords words;

    CpdSpendPage(Queries queries, Clock clock, LearningWords words) {
        this.queries = queries;
        this.clock = clock;
        this.words = words;
    }

    /** A year's learning in all, for the chart and its table. */
    record YearTotal(String academicYear, long activities, BigDecimal completedHours, BigDecimal completedCost) {
    }

    /** A grouping the page offers, in words. */
    record Grouping(String value, String words) {
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(PATH)
    String cpd(@PathVariable UUID schoolId, @RequestParam(required = false) String year,
               @RequestParam(required = false) String by, Viewer viewer, Model model) {
        SchoolView school = queries.one(new SchoolQuery(new SchoolId(schoolId)), SchoolView.class, SCHOOL_NOT_FOUND);
        AcademicYear shown = year(year);
        CpdGrouping grouping = grouping(by);
        ReportPage<CpdSpendRow> groups = groups(schoolId, shown, grouping);
        List<YearTotal> years = years(schoolId);
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.REPORTS));
        model.addAttribute("school", school);
        model.addAttribute("year", shown.toString());
        model.addAttribute("by", grouping.name());
        model.addAttribute("byWords", words(grouping));
        model.addAttribute("groupings", GROUPINGS.stream().map(choice -> new Grouping(choice.name(),
                words(choice))).toList());
        model.addAttribute("years", years);
        model.addAttribute("chart", chart(years));
        model.addAttribute("rows", groups.rows());
        model.addAttribute("totals", grouping == CpdGrouping.PRIORITY ? null : totals(groups.rows()));
        model.addAttribute("asOf", AsOf.of(groups.freshness()));
        model.addAttribute("csv", PATH.replace("{schoolId}", schoolId.toString()) + "?year=" + shown + "&by="
                + grouping.name() + "&format=csv");
        return "report/cpd";
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(path = PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<CpdSpendRow> csv(@PathVariable UUID schoolId, @RequestParam(required = false) String year,
                                @RequestParam(required = false) String by) {
        return groups(schoolId, year(year), grouping(by));
    }

    private ReportPage<CpdSpendRow> groups(UUID schoolId, AcademicYear year, CpdGrouping grouping) {
        return queries.page(new CpdSpendQuery(ReportScope.school(schoolId), year, grouping, CpdSpendSort.LABEL, 0,
                ROWS), CpdSpendRow.class);
    }

    /** Each year's learning, from the first of the last ten with any to this one. */
    private List<YearTotal> years(UUID schoolId) {
        AcademicYear thisYear = thisYear();
        List<YearTotal> years = new ArrayList<>();
        for (int start = thisYear.startYear() - ObjectivesAndLearningPage.MOST_YEARS + 1;
             start <= thisYear.startYear(); start++) {
            AcademicYear year = new AcademicYear(start);
            YearTotal total = groups(schoolId, year, CpdGrouping.SCHOOL).rows().stream().findFirst()
                    .map(row -> new YearTotal(year.toString(), row.activities(), row.completedHours(),
                            row.completedCost()))
                    .orElseGet(() -> new YearTotal(year.toString(), 0, BigDecimal.ZERO, BigDecimal.ZERO));
            if (total.activities() > 0 || !years.isEmpty() || start == thisYear.startYear()) {
                years.add(total);
            }
        }
        return years;
    }

    private BarChart chart(List<YearTotal> years) {
        List<BarChart.Figures> figures = years.stream().map(year -> new BarChart.Figures(year.academicYear(),
                year.completedHours(), year.completedHours(),
                "%s: %s hours of learning completed, costing %s".formatted(year.academicYear(),
                        words.number(year.completedHours()), words.money(year.completedCost())),
                words.number(year.completedHours()) + " h")).toList();
        return BarChart.of("cpd-chart", "Hours of professional learning completed each year",
                figures.stream().map(BarChart.Figures::name).collect(Collectors.joining(". ", "", ".")),
                "Completed hours", null, figures);
    }

    /** The sums of the rows' figures, under the label "Total"; the rows count each piece of learning once. */
    private static CpdSpendRow totals(List<CpdSpendRow> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        return new CpdSpendRow(rows.get(0).academicYear(), rows.get(0).groupedBy(), null, "Total",
                rows.stream().mapToLong(CpdSpendRow::activities).sum(), sum(rows, CpdSpendRow::requestedHours),
                sum(rows, CpdSpendRow::requestedCost), sum(rows, CpdSpendRow::approvedHours),
                sum(rows, CpdSpendRow::approvedCost), sum(rows, CpdSpendRow::completedHours),
                sum(rows, CpdSpendRow::completedCost), sum(rows, CpdSpendRow::coverDaysRequested),
                sum(rows, CpdSpendRow::coverDaysApproved));
    }

    private static BigDecimal sum(List<CpdSpendRow> rows, Function<CpdSpendRow, BigDecimal> figure) {
        return rows.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The year asked for; this one when none is, or when the words are not a year. */
    private AcademicYear year(String text) {
        try {
            return text == null || text.isBlank() ? thisYear()
                    : AcademicYear.parse(text.strip());
        } catch (IllegalArgumentException notAYear) {
            return thisYear();
        }
    }

    /** The grouping asked for; by person when none is, or when the word is not one the page offers. */
    private static CpdGrouping grouping(String word) {
        String asked = word == null ? "" : word.strip();
        return GROUPINGS.stream().filter(grouping -> grouping.name().equalsIgnoreCase(asked)).findFirst()
                .orElse(CpdGrouping.PERSON);
    }

    private static String words(CpdGrouping grouping) {
        return switch (grouping) {
            case PERSON -> "By person";
            case TYPE -> "By type";
            case PRIORITY -> "By school priority";
            case TERM -> "By term";
            case SCHOOL -> "By school";
        };
    }

    private AcademicYear thisYear() {
        return AcademicYear.containing(SchoolTime.today(clock));
    }
}
