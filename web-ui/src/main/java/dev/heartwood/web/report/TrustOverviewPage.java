package dev.heartwood.web.report;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.ComplianceSummaryQuery;
import dev.heartwood.reporting.api.ComplianceSummaryRow;
import dev.heartwood.reporting.api.CpdGrouping;
import dev.heartwood.reporting.api.CpdSpendQuery;
import dev.heartwood.reporting.api.CpdSpendRow;
import dev.heartwood.reporting.api.CpdSpendSort;
import dev.heartwood.reporting.api.Freshness;
import dev.heartwood.reporting.api.ObjectivesBySchoolQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.SchoolCompletionRow;
import dev.heartwood.reporting.api.SchoolObjectivesRow;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.TrustCompletionQuery;
import dev.heartwood.reporting.api.TrustSchoolsQuery;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.TRUST_NOT_FOUND;

/**
 * A trust's schools side by side, for the trust's leaders (the readers of every report it draws on): for each school
 * this year's appraisals completed and late, its staff's mandatory training today, the hours and spend of its
 * professional learning this year, and how many of this year's objectives have learning linked to them; then the
 * trust's totals. A school's name opens its dashboard, and each figure the report it comes from. The CSV download is
 * the table.
 */
@Controller
class TrustOverviewPage {

    private static final String PATH = "/trusts/{trustId}/reports/overview";
    /** More schools, and more of a year's groups of learning, than a trust has. */
    private static final int ROWS = 1000;
    /** The name of the trust's line, under its schools'. */
    private static final String TRUST_TOTAL = "Trust total";

    private final Queries queries;
    private final CompletionTracker tracker;

    TrustOverviewPage(Queries queries, CompletionTracker tracker) {
        this.queries = queries;
        this.tracker = tracker;
    }

    /**
     * A line of the table with where its figures come from: a school's dashboard and reports, or on the trust's line
     * its reports where it has a page (none for a figure whose report is the schools' only).
     */
    record Line(SchoolFigures figures, String dashboard, String appraisals, String late, String training,
                String overdue, String cpd, String learning) {

        static Line ofSchool(UUID schoolId, AcademicYear year, SchoolFigures figures) {
            String reports = "/schools/" + schoolId + "/reports";
            TrackerFilter tracker = TrackerFilter.of(year.toString(), null, null, null, null, null);
            return new Line(figures, "/schools/" + schoolId + "/dashboard", tracker.address(schoolId, false),
                    tracker.late().address(schoolId, false), reports + "/training-compliance",
                    reports + "/training-compliance?status=OVERDUE", reports + "/cpd?year=" + year,
                    reports + "/objectives-and-learning");
        }

        static Line ofTrust(UUID trustId, SchoolFigures figures) {
            String reports = "/trusts/" + trustId + "/reports";
            return new Line(figures, null, null, null, reports + "/training-compliance",
                    reports + "/training-compliance?status=OVERDUE", null, reports + "/objectives-and-learning");
        }

        /** The share compliant as a percentage, such as 83.3%. */
        public String percentCompliant() {
            return figures.shareCompliant() == null ? "None required"
                    : figures.shareCompliant().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
    }

    /** The schools' lines, the trust's, and how fresh their figures are together. */
    record Overview(String year, List<Line> schools, Line trust, Freshness freshness) {
    }

    static String address(UUID trustId) {
        return PATH.replace("{trustId}", trustId.toString());
    }

    @Allowed(Audience.TRUST_LEADER)
    @GetMapping(PATH)
    String overview(@PathVariable UUID trustId, Viewer viewer, Model model) {
        Covered trust = Covered.trust(queries, trustId);
        Overview overview = overview(trustId);
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.TRUST_OVERVIEW));
        model.addAttribute("trust", trust);
        model.addAttribute("overview", overview);
        model.addAttribute("asOf", AsOf.of(overview.freshness()));
        model.addAttribute("csv", address(trustId) + "?format=csv");
        return "report/trust-overview";
    }

    @Allowed(Audience.TRUST_LEADER)
    @GetMapping(path = PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<SchoolFigures> csv(@PathVariable UUID trustId) {
        Overview overview = overview(trustId);
        List<SchoolFigures> lines = Stream.concat(overview.schools().stream(), Stream.of(overview.trust()))
                .map(Line::figures).toList();
        return new ReportPage<>(SchoolFigures.class, lines, 0, lines.size(), lines.size(), overview.freshness());
    }

    private Overview overview(UUID trustId) {
        LocalDate today = tracker.today();
        AcademicYear year = AcademicYear.containing(today);
        ReportScope scope = ReportScope.trust(trustId);
        List<SchoolView> schools = queries.page(new TrustSchoolsQuery(new TrustId(trustId), null, 0, ROWS),
                SchoolView.class).rows();
        // the tracker's own record of the trust may not yet have caught up with the directory's
        ReportPage<SchoolCompletionRow> appraisals = completion(queries.one(
                new TrustCompletionQuery(trustId, year, today), ReportPage.class, TRUST_NOT_FOUND));
        ReportPage<ComplianceSummaryRow> training = queries.page(new ComplianceSummaryQuery(scope, today),
                ComplianceSummaryRow.class);
        ReportPage<CpdSpendRow> cpd = queries.page(new CpdSpendQuery(scope, year, CpdGrouping.SCHOOL,
                CpdSpendSort.LABEL, 0, ROWS), CpdSpendRow.class);
        ReportPage<SchoolObjectivesRow> learning = queries.page(new ObjectivesBySchoolQuery(scope, year),
                SchoolObjectivesRow.class);
        List<Line> lines = schools.stream().map(school -> {
            UUID schoolId = school.schoolId();
            return Line.ofSchool(schoolId, year, SchoolFigures.of(school.name(),
                    of(appraisals.rows(), row -> row.schoolId().equals(schoolId)),
                    of(training.rows(), row -> row.schoolId().equals(schoolId)),
                    of(cpd.rows(), row -> schoolId.toString().equals(row.key())),
                    of(learning.rows(), row -> row.schoolId().equals(schoolId))));
        }).toList();
        Line trust = Line.ofTrust(trustId, SchoolFigures.of(TRUST_TOTAL, appraisals.rows(), training.rows(),
                cpd.rows(), learning.rows()));
        return new Overview(year.toString(), lines, trust, Freshness.together(List.of(appraisals.freshness(),
                training.freshness(), cpd.freshness(), learning.freshness())));
    }

    private static <R> List<R> of(List<R> rows, Predicate<R> school) {
        return rows.stream().filter(school).toList();
    }

    @SuppressWarnings("unchecked")
    private static ReportPage<SchoolCompletionRow> completion(ReportPage<?> page) {
        return (ReportPage<SchoolCompletionRow>) page;
    }
}
