package dev.heartwood.reporting.tracker;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.AppraisalStatus;
import dev.heartwood.reporting.api.CompletionRow;
import dev.heartwood.reporting.api.CompletionSort;
import dev.heartwood.reporting.api.CompletionTrackerQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.query.Answers;
import dev.heartwood.reporting.query.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.CYCLE_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.TRUST_NOT_FOUND;

/** The appraisal completion tracker of a school's cycle, or of every school of a trust, as JSON or CSV. */
@RestController
@Tag(name = "Reports")
class CompletionTrackerController {

    private final Answers answers;
    private final Clock clock;

    CompletionTrackerController(Answers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    @Operation(summary = "Where each appraisal of a school's cycle stands, with days late against each deadline "
            + "(the cycle by cycleId, or by academicYear, this year's by default)")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(path = "/api/schools/{schoolId}/reports/appraisal-completion",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ReportPage<CompletionRow> school(@RequestParam(required = false) UUID cycleId,
                                     @RequestParam(required = false) AcademicYear academicYear,
                                     @RequestParam(required = false) AppraisalStatus status,
                                     @RequestParam(defaultValue = "name") CompletionSort sort,
                                     Paging paging, ReportScope school) {
        LocalDate today = SchoolTime.today(clock);
        AcademicYear year = academicYear == null && cycleId == null ? AcademicYear.containing(today) : academicYear;
        return answers.<CompletionRow>optionalPage(new CompletionTrackerQuery(school.schoolId(), null, cycleId, year,
                        status, sort, today, paging.page(), paging.size()))
                .orElseThrow(() -> new DomainRuleViolation(CYCLE_NOT_FOUND, "School " + school.schoolId()
                        + " has no cycle "
                        + (cycleId == null ? "for " + year : cycleId + (year == null ? "" : " in " + year))));
    }

    @Operation(summary = "The completion tracker of every school of a trust for an academic year (this year's by "
            + "default)")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(path = "/api/trusts/{trustId}/reports/appraisal-completion",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ReportPage<CompletionRow> trust(@RequestParam(required = false) AcademicYear academicYear,
                                    @RequestParam(required = false) AppraisalStatus status,
                                    @RequestParam(defaultValue = "name") CompletionSort sort,
                                    Paging paging, ReportScope trust) {
        LocalDate today = SchoolTime.today(clock);
        AcademicYear year = academicYear == null ? AcademicYear.containing(today) : academicYear;
        // the tracker's own record of the trust may not yet have caught up with the directory's
        return answers.<CompletionRow>optionalPage(new CompletionTrackerQuery(null, trust.trustId(), null, year,
                        status, sort, today, paging.page(), paging.size()))
                .orElseThrow(() -> new DomainRuleViolation(TRUST_NOT_FOUND, "No trust " + trust.trustId()
                        + " is known"));
    }
}
