package dev.heartwood.web.report;

import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.ObjectivesAndLearningRow;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.StaffMemberQuery;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.StaffObjectivesAndLearningQuery;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;

/**
 * A person's own objectives and learning over the years they were appraised (as the API's report): each year's
 * objectives, how many had learning linked, its hours and spend, and how the objectives ended with linked learning
 * and without. For the person themself, reached from My learning, and for those who may read their appraisals; HR
 * reads it too, as it holds figures only and none of the objectives' words. The CSV download is the page's rows, as
 * the API writes them.
 */
@Controller
class StaffObjectivesAndLearningPage {

    /** More years than anyone works at one school. */
    private static final int YEARS = 60;
    private static final String PATH = "/staff/{staffId}/objectives-and-learning";

    private final Queries queries;
    private final ObjectivesAndLearningCharts charts;

    StaffObjectivesAndLearningPage(Queries queries, ObjectivesAndLearningCharts charts) {
        this.queries = queries;
        this.charts = charts;
    }

    /** Navigation marks My learning for the person themself, and the staff for anyone else. */
    @Allowed(value = {Audience.SELF, Audience.SCHOOL_LEADER, Audience.HR}, appraisal = true)
    @GetMapping(PATH)
    String years(@PathVariable UUID staffId, Viewer viewer, Model model) {
        StaffMemberView person = person(staffId);
        ReportPage<ObjectivesAndLearningRow> years = years(staffId);
        boolean own = viewer.staffRecords().stream().anyMatch(record -> record.staffId().equals(staffId));
        model.addAttribute("navigation", Navigation.of(viewer,
                own ? Navigation.Section.LEARNING : Navigation.Section.STAFF));
        model.addAttribute("own", own);
        model.addAttribute("name", person.name());
        model.addAttribute("years", years.rows());
        model.addAttribute("asOf", AsOf.of(years.freshness()));
        model.addAttribute("csv", PATH.replace("{staffId}", staffId.toString()) + "?format=csv");
        model.addAttribute("objectivesChart", charts.objectives(years.rows()));
        model.addAttribute("hoursChart", charts.hours(years.rows()));
        return "report/staff-objectives-and-learning";
    }

    @Allowed(value = {Audience.SELF, Audience.SCHOOL_LEADER, Audience.HR}, appraisal = true)
    @GetMapping(path = PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<ObjectivesAndLearningRow> csv(@PathVariable UUID staffId) {
        person(staffId);
        return years(staffId);
    }

    private StaffMemberView person(UUID staffId) {
        return queries.one(new StaffMemberQuery(new StaffId(staffId)), StaffMemberView.class, STAFF_MEMBER_NOT_FOUND);
    }

    private ReportPage<ObjectivesAndLearningRow> years(UUID staffId) {
        return queries.page(new StaffObjectivesAndLearningQuery(new StaffId(staffId), 0, YEARS),
                ObjectivesAndLearningRow.class);
    }
}
