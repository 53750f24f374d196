package dev.heartwood.web.report;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.reporting.api.HeadteacherAppraisalQuery;
import dev.heartwood.reporting.api.HeadteacherAppraisalReport;
import dev.heartwood.reporting.api.HeadteacherAppraisalReport.Appraisal;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.SchoolCycles;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The headteacher's appraisal of a school's year, for its governors to read and print for their meeting: the panel
 * of governors, the external adviser and each time they were consulted, each step against the pay decision's
 * deadline and whether the year is on time; with links to the other years on record. Its readers are the API's
 * report's (the school's governors and its trust's leaders).
 */
@Controller
class HeadteacherAppraisalPage {

    private final Queries queries;
    private final CompletionTracker tracker;
    private final SchoolCycles schoolCycles;

    /** A step of the year, and the day it was done (null until it is). */
    record Step(String name, @Nullable LocalDate doneOn) {

        static List<Step> of(Appraisal appraisal) {
            return List.of(new Step("Objectives set", appraisal.objectivesSetOn()),
                    new Step("Objectives agreed", appraisal.objectivesAgreedOn()),
                    new Step("Final review held", appraisal.finalReviewOn()),
                    new Step("Report issued", appraisal.reportIssuedOn()),
                    new Step("Signed off by the headteacher", appraisal.appraiseeSignedOffOn()),
                    new Step("Signed off by the panel", appraisal.appraiserSignedOffOn()),
                    new Step("Completed", appraisal.completedOn()));
        }
    }

    HeadteacherAppraisalPage(Queries queries, CompletionTracker tracker, SchoolCycles schoolCycles) {
        this.queries = queries;
        this.tracker = tracker;
        this.schoolCycles = schoolCycles;
    }

    @Allowed({Audience.GOVERNOR, Audience.TRUST_LEADER})
    @GetMapping("/schools/{schoolId}/reports/headteacher-appraisal")
    String headteacherAppraisal(@PathVariable UUID schoolId, @RequestParam(required = false) String year,
                                Viewer viewer, Model model) {
        Covered school = Covered.school(queries, schoolId);
        List<CycleView> cycles = schoolCycles.of(schoolId).rows();
        Optional<CycleView> cycle = year == null || year.isBlank() ? tracker.cycle(cycles, Optional.empty())
                : cycles.stream().filter(one -> one.academicYear().equals(year.strip())).findFirst();
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.REPORTS));
        model.addAttribute("covered", school);
        model.addAttribute("years", cycles.stream().map(CycleView::academicYear).toList());
        Optional<HeadteacherAppraisalReport> report = cycle.flatMap(chosen -> queries.one(
                new HeadteacherAppraisalQuery(schoolId, AcademicYear.parse(chosen.academicYear()),
                        schoolCycles.today()), HeadteacherAppraisalReport.class));
        model.addAttribute("report", report.orElse(null));
        model.addAttribute("steps", report.map(shown -> shown.appraisals().stream()
                .collect(Collectors.toMap(Appraisal::appraisalId, Step::of))).orElse(Map.of()));
        model.addAttribute("asOf", report.map(shown -> AsOf.of(shown.freshness())).orElse(null));
        return "report/headteacher-appraisal";
    }
}
