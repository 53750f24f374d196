package dev.heartwood.web.report;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Permissions;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.CompletionRow;
import dev.heartwood.reporting.api.ComplianceSummaryQuery;
import dev.heartwood.reporting.api.ComplianceSummaryRow;
import dev.heartwood.reporting.api.CpdActivityRow;
import dev.heartwood.reporting.api.CpdRequestSort;
import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.reporting.api.ObjectivesAndLearningGrouping;
import dev.heartwood.reporting.api.ObjectivesAndLearningQuery;
import dev.heartwood.reporting.api.ObjectivesAndLearningRow;
import dev.heartwood.reporting.api.ObjectivesAndLearningSort;
import dev.heartwood.reporting.api.PendingCpdRequestsQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.SchoolCycles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;

/**
 * A school's dashboard, for its headteacher and senior leaders: this cycle's appraisals by stage and how many are
 * late, the requests for learning waiting for a decision, how the staff stand against their mandatory training today,
 * and the headline, how professional learning links to the year's objectives and how those objectives ended. Each
 * figure comes from the query its report asks, and links to that report where it has a page.
 */
@Controller
class SchoolDashboard {

    /** The years of objectives and learning shown side by side: this one and the two before. */
    private static final int YEARS = 3;
    /** Every row of those years: one for each year, and one for each of its school priorities. */
    private static final int LEARNING_ROWS = 1000;

    private final Queries queries;
    private final CompletionTracker tracker;
    private final SchoolCycles schoolCycles;
    private final Permissions permissions;

    SchoolDashboard(Queries queries, CompletionTracker tracker, SchoolCycles schoolCycles, Permissions permissions) {
        this.queries = queries;
        this.tracker = tracker;
        this.schoolCycles = schoolCycles;
        this.permissions = permissions;
    }

    /**
     * The appraisals at one stage of the cycle.
     *
     * @param late those late against a deadline
     */
    record StageCount(Stage stage, long appraisals, long late, String href) {
    }

    /** How this cycle's appraisals stand, as fresh as {@code asOf}. */
    record Completion(CycleView cycle, List<StageCount> stages, long appraisals, long late, String trackerHref,
                      String lateHref, AsOf asOf) {
    }

    // the address names no school: a trust's leader's is the trust's overview; anyone else's, the first school they
    // lead
    @Allowed(Audience.ANYONE)
    @GetMapping("/dashboard")
    String mine(Viewer viewer) {
        Optional<UUID> trust = viewer.grants().stream().map(Viewer.Grant::trustId).filter(Objects::nonNull)
                .filter(trustId -> permissions.allows(trustId, Audience.TRUST_LEADER)).findFirst();
        if (trust.isPresent()) {
            return "redirect:" + TrustOverviewPage.address(trust.get());
        }
        Set<UUID> schools = new LinkedHashSet<>();
        viewer.staffRecords().forEach(self -> schools.add(self.schoolId()));
        viewer.grants().stream().filter(grant -> grant.schoolId() != null)
                .forEach(grant -> schools.add(grant.schoolId()));
        return schools.stream().filter(school -> permissions.allows(school, Audience.SCHOOL_LEADER)).findFirst()
                .map(school -> "redirect:/schools/" + school + "/dashboard")
                .orElseThrow(() -> new DomainRuleViolation(NoSchoolLed.NO_SCHOOL_LED,
                        "The dashboard is for a school's or a trust's leaders"));
    }

    @Allowed(Audience.SCHOOL_LEADER)
    @GetMapping("/schools/{schoolId}/dashboard")
    String dashboard(@PathVariable UUID schoolId, Viewer viewer, Model model) {
        SchoolView school = queries.one(new SchoolQuery(new SchoolId(schoolId)), SchoolView.class, SCHOOL_NOT_FOUND);
        LocalDate today = schoolCycles.today();
        AcademicYear year = AcademicYear.containing(today);
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.DASHBOARD));
        model.addAttribute("school", school);
        model.addAttribute("year", year.toString());
        model.addAttribute("completion", tracker.cycle(schoolCycles.of(schoolId).rows(), Optional.of(year))
                .map(cycle -> completion(school, cycle)).orElse(null));
        ReportPage<CpdActivityRow> waiting = queries.page(new PendingCpdRequestsQuery(new SchoolId(schoolId),
                CpdRequestSort.REQUESTED_ON, 0, 1), CpdActivityRow.class);
        model.addAttribute("waiting", waiting.total());
        model.addAttribute("waitingAsOf", AsOf.of(waiting.freshness()));
        ReportPage<ComplianceSummaryRow> training = queries.page(
                new ComplianceSummaryQuery(ReportScope.school(schoolId), today), ComplianceSummaryRow.class);
        model.addAttribute("training", training.rows());
        model.addAttribute("trainingAsOf", AsOf.of(training.freshness()));
        ReportPage<ObjectivesAndLearningRow> learning = queries.page(new ObjectivesAndLearningQuery(
                ReportScope.school(schoolId), new AcademicYear(year.startYear() - YEARS + 1), year,
                ObjectivesAndLearningGrouping.PRIORITY, ObjectivesAndLearningSort.YEAR, 0, LEARNING_ROWS),
                ObjectivesAndLearningRow.class);
        model.addAttribute("learning", learning.rows().stream().filter(row -> row.priorityId() == null).toList());
        model.addAttribute("learningAsOf", AsOf.of(learning.freshness()));
        return "report/dashboard";
    }

    private Completion completion(SchoolView school, CycleView cycle) {
        ReportPage<CompletionRow> all = tracker.all(cycle);
        TrackerFilter thisYear = TrackerFilter.of(cycle.academicYear(), null, null, null, null, null);
        List<StageCount> stages = Arrays.stream(Stage.values())
                .map(stage -> new StageCount(stage,
                        all.rows().stream().filter(row -> row.stage().equals(stage.name())).count(),
                        all.rows().stream().filter(row -> row.stage().equals(stage.name()))
                                .filter(CompletionTracker::late).count(),
                        thisYear.at(stage).address(school.schoolId(), false)))
                .filter(count -> count.appraisals() > 0)
                .toList();
        return new Completion(cycle, stages, all.total(),
                all.rows().stream().filter(CompletionTracker::late).count(), thisYear.address(school.schoolId(), false),
                thisYear.late().address(school.schoolId(), false), AsOf.of(all.freshness()));
    }
}
