package dev.heartwood.reporting.appraisal;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.AppraisalRow;
import dev.heartwood.reporting.api.AppraisalSort;
import dev.heartwood.reporting.api.AppraiseesQuery;
import dev.heartwood.reporting.api.CycleAppraisalsQuery;
import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.SchoolCyclesQuery;
import dev.heartwood.reporting.api.StaffAppraisalsQuery;
import dev.heartwood.reporting.query.Answers;
import dev.heartwood.reporting.query.RequestWords;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A school's cycles, and the appraisals of a cycle, of a person and of an appraiser. */
@Tag(name = "Appraisals")
@RestController
class AppraisalListController {

    private static final String STATUSES = "UNDER_WAY|EXEMPT|COMPLETED|TERMINATED";
    private static final String SORTS = "name|appraiser|status|year";

    private final Answers answers;

    AppraisalListController(Answers answers) {
        this.answers = answers;
    }

    @Operation(summary = "An appraisal cycle: period, pay policy, deadlines, and how many appraisals stand where")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/cycles/{cycleId}")
    CycleView cycle(@PathVariable UUID cycleId) {
        return answers.cycle(cycleId);
    }

    @Operation(summary = "A school's appraisal cycles, the latest year first, each with how many appraisals stand "
            + "where")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/schools/{schoolId}/cycles")
    ReportPage<CycleView> cycles(@PathVariable UUID schoolId,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        answers.school(schoolId);
        return answers.page(new SchoolCyclesQuery(new SchoolId(schoolId), page, size));
    }

    @Operation(summary = "A cycle's appraisals and exemptions: whose, by whom and where each stands; status and "
            + "appraiserId filter them; sorted by name (the default), appraiser or status")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/cycles/{cycleId}/appraisals")
    ReportPage<AppraisalRow> cycleAppraisals(@PathVariable UUID cycleId,
                                             @RequestParam(required = false) @Pattern(regexp = STATUSES) String status,
                                             @RequestParam(required = false) UUID appraiserId,
                                             @RequestParam(defaultValue = "name") @Pattern(regexp = SORTS) String sort,
                                             @RequestParam(defaultValue = "0") @Min(0) int page,
                                             @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        answers.cycle(cycleId);
        return answers.page(new CycleAppraisalsQuery(new CycleId(cycleId), status,
                appraiserId == null ? null : new StaffId(appraiserId), sorted(sort), page, size));
    }

    @Operation(summary = "A person's own appraisals and exemptions over the years, the latest first unless sorted "
            + "otherwise; status filters them")
    @Allowed(value = {Audience.SELF, Audience.SCHOOL_LEADER}, appraisal = true)
    @GetMapping("/api/staff/{staffId}/appraisals")
    ReportPage<AppraisalRow> staffAppraisals(@PathVariable UUID staffId,
                                             @RequestParam(required = false) @Pattern(regexp = STATUSES) String status,
                                             @RequestParam(defaultValue = "year") @Pattern(regexp = SORTS) String sort,
                                             @RequestParam(defaultValue = "0") @Min(0) int page,
                                             @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        answers.staffMember(staffId);
        return answers.page(new StaffAppraisalsQuery(new StaffId(staffId), status, sorted(sort), page, size));
    }

    @Operation(summary = "The appraisals a person holds as appraiser, by appraisee's name unless sorted otherwise; "
            + "academicYear and status filter them")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER})
    @GetMapping("/api/staff/{staffId}/appraisees")
    ReportPage<AppraisalRow> appraisees(@PathVariable UUID staffId,
                                        @RequestParam(required = false)
                                        @Parameter(schema = @Schema(type = "string", example = "2025/26"))
                                        AcademicYear academicYear,
                                        @RequestParam(required = false) @Pattern(regexp = STATUSES) String status,
                                        @RequestParam(defaultValue = "name") @Pattern(regexp = SORTS) String sort,
                                        @RequestParam(defaultValue = "0") @Min(0) int page,
                                        @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        answers.staffMember(staffId);
        return answers.page(new AppraiseesQuery(new StaffId(staffId), academicYear, status, sorted(sort), page,
                size));
    }

    private static AppraisalSort sorted(String sort) {
        return RequestWords.constant(AppraisalSort.class, sort);
    }
}
