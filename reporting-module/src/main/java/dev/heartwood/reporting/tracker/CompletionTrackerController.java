package dev.heartwood.reporting.tracker;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.CompletionRow;
import dev.heartwood.reporting.api.CompletionSort;
import dev.heartwood.reporting.api.CompletionTrackerQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.query.Answers;
import dev.heartwood.reporting.query.RequestWords;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    private static final String STATUSES = "UNDER_WAY|EXEMPT|COMPLETED|TERMINATED";
    private static final String SORTS = "name|status|daysLate";

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
    ReportPage<CompletionRow> school(@PathVariable UUID schoolId, @RequestParam(required = false) UUID cycleId,
                                     @RequestParam(required = false) AcademicYear academicYear,
                                     @RequestParam(required = false) @Pattern(regexp = STATUSES) String status,
                                     @RequestParam(defaultValue = "name") @Pattern(regexp = SORTS) String sort,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        answers.school(schoolId);
        LocalDate today = SchoolTime.today(clock);
        AcademicYear year = academicYear == null && cycleId == null ? AcademicYear.containing(today) : academicYear;
        return answers.<CompletionRow>optionalPage(new CompletionTrackerQuery(schoolId, null, cycleId, year, status,
                        RequestWords.constant(CompletionSort.class, sort), today, page, size))
                .orElseThrow(() -> new DomainRuleViolation(CYCLE_NOT_FOUND, "School " + schoolId + " has no cycle "
                        + (cycleId == null ? "for " + year : cycleId + (year == null ? "" : " in " + year))));
    }

    @Operation(summary = "The completion tracker of every school of a trust for an academic year (this year's by "
            + "default)")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(path = "/api/trusts/{trustId}/reports/appraisal-completion",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ReportPage<CompletionRow> trust(@PathVariable UUID trustId,
                                    @RequestParam(required = false) AcademicYear academicYear,
                                    @RequestParam(required = false) @Pattern(regexp = STATUSES) String status,
                                    @RequestParam(defaultValue = "name") @Pattern(regexp = SORTS) String sort,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        LocalDate today = SchoolTime.today(clock);
        AcademicYear year = academicYear == null ? AcademicYear.containing(today) : academicYear;
        return answers.<CompletionRow>optionalPage(new CompletionTrackerQuery(null, trustId, null, year, status,
                        RequestWords.constant(CompletionSort.class, sort), today, page, size))
                .orElseThrow(() -> new DomainRuleViolation(TRUST_NOT_FOUND, "No trust " + trustId + " is known"));
    }
}
