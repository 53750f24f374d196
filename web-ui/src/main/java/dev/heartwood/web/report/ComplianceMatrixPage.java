package dev.heartwood.web.report;

import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Permissions;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.learning.api.ComplianceStatus;
import dev.heartwood.reporting.api.ComplianceMatrixQuery;
import dev.heartwood.reporting.api.ComplianceRow;
import dev.heartwood.reporting.api.ComplianceSort;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.RequirementInForce;
import dev.heartwood.reporting.api.RequirementsInForceQuery;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.learning.LearningWords;
import dev.heartwood.web.learning.LearningWords.Choice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The training compliance matrix of a school or a trust on a day the reader picks, for the same readers as the API's
 * matrix: each person against each requirement that applies to them then, its status in words (a colour only repeats
 * them), filtered by status, requirement or category, a page at a time, with how fresh the figures are. The CSV
 * download is the page on screen, with its filters; a person's name opens their training.
 */
@Controller
class ComplianceMatrixPage {

    /** As many rows as the API's matrix serves by default, so that the page's CSV is the API's. */
    static final int PAGE_SIZE = 100;
    private static final String PATH = "/training-compliance";

    private final Queries queries;
    private final Permissions permissions;
    private final LearningWords words;
    private final Clock clock;

    ComplianceMatrixPage(Queries queries, Permissions permissions, LearningWords words, Clock clock) {
        this.queries = queries;
        this.permissions = permissions;
        this.words = words;
        this.clock = clock;
    }

    /** One cell of the matrix as the table shows it, and whether the reader may open the person's training. */
    record Line(ComplianceRow row, boolean opens) {
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(ReportPlace.SCHOOL + PATH)
    String school(@PathVariable UUID schoolId, ComplianceFilter.Asked asked, Viewer viewer, Model model) {
        return matrix(ReportPlace.school(schoolId, PATH), asked, viewer, model);
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(path = ReportPlace.SCHOOL + PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<ComplianceRow> schoolCsv(@PathVariable UUID schoolId, ComplianceFilter.Asked asked) {
        return rows(ReportPlace.school(schoolId, PATH), asked);
    }

    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(ReportPlace.TRUST + PATH)
    String trust(@PathVariable UUID trustId, ComplianceFilter.Asked asked, Viewer viewer, Model model) {
        return matrix(ReportPlace.trust(trustId, PATH), asked, viewer, model);
    }

    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(path = ReportPlace.TRUST + PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<ComplianceRow> trustCsv(@PathVariable UUID trustId, ComplianceFilter.Asked asked) {
        return rows(ReportPlace.trust(trustId, PATH), asked);
    }

    private ComplianceFilter filter(ReportPlace report, ComplianceFilter.Asked asked) {
        return ComplianceFilter.of(report.address(), SchoolTime.today(clock), asked);
    }

    private ReportPage<ComplianceRow> rows(ReportPlace report, ComplianceFilter.Asked asked) {
        return rows(report.scope(), filter(report, asked));
    }

    private ReportPage<ComplianceRow> rows(ReportScope scope, ComplianceFilter filter) {
        return queries.page(new ComplianceMatrixQuery(scope, filter.on(), filter.status().orElse(null),
                filter.requirement().orElse(null), filter.category().orElse(null), ComplianceSort.PERSON,
                filter.page(), PAGE_SIZE), ComplianceRow.class);
    }

    private String matrix(ReportPlace report, ComplianceFilter.Asked asked, Viewer viewer, Model model) {
        Covered covered = report.covered(queries);
        ComplianceFilter filter = filter(report, asked);
        ReportPage<ComplianceRow> shown = rows(covered.scope(), filter);
        Set<UUID> opened = shown.rows().stream().map(ComplianceRow::staffId).distinct()
                .filter(staffId -> permissions.allows(staffId, Audience.SELF, Audience.SCHOOL_LEADER, Audience.HR))
                .collect(Collectors.toSet());
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.REPORTS));
        model.addAttribute("covered", covered);
        model.addAttribute("filter", filter);
        model.addAttribute("lines", shown.rows().stream().map(row -> new Line(row, opened.contains(row.staffId())))
                .toList());
        PageOfRows.addTo(model, filter.page(), PAGE_SIZE, shown.total(), shown.rows().size(),
                page -> filter.onPage(page).address(false));
        model.addAttribute("asOf", AsOf.of(shown.freshness()));
        model.addAttribute("csv", filter.address(true));
        model.addAttribute("statuses", Arrays.stream(ComplianceStatus.values())
                .filter(status -> status != ComplianceStatus.NOT_APPLICABLE)
                .map(status -> new Choice(status.name(), words.trainingStatus(status).words(), null)).toList());
        model.addAttribute("requirements", requirements(covered, filter));
        model.addAttribute("categories", words.trainingCategories());
        return "report/training-compliance";
    }

    /**
     * The requirements in force on the day, by title: the filter's choices, found without working out everyone's
     * standing a second time.
     */
    private List<Choice> requirements(Covered covered, ComplianceFilter filter) {
        return queries.list(new RequirementsInForceQuery(covered.scope(), filter.on()), RequirementInForce.class)
                .stream().map(requirement -> new Choice(requirement.requirementId().toString(), requirement.title(),
                        null))
                .toList();
    }
}
