package dev.heartwood.reporting.appraisal;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.AppraisalRow;
import dev.heartwood.reporting.api.AppraisalSort;
import dev.heartwood.reporting.api.AppraisalStatus;
import dev.heartwood.reporting.api.AppraiseesQuery;
import dev.heartwood.reporting.api.CycleAppraisalsQuery;
import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.SchoolCyclesQuery;
import dev.heartwood.reporting.api.StaffAppraisalsQuery;
import dev.heartwood.reporting.query.Answers;
import dev.heartwood.reporting.query.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A school's cycles, and the appraisals of a cycle, of a person and of an appraiser. */
@Tag(name = "Appraisals")
@RestController
class AppraisalListController {

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
    ReportPage<CycleView> cycles(Paging paging, ReportScope school) {
        return answers.page(new SchoolCyclesQuery(new SchoolId(school.schoolId()), paging.page(), paging.size()));
    }

    @Operation(summary = "A cycle's appraisals and exemptions: whose, by whom and where each stands; status and "
            + "appraiserId filter them; sorted by name (the default), appraiser or status")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/cycles/{cycleId}/appraisals")
    ReportPage<AppraisalRow> cycleAppraisals(@PathVariable UUID cycleId,
                                             @RequestParam(required = false) AppraisalStatus status,
                                             @RequestParam(required = false) UUID appraiserId,
                                             @RequestParam(defaultValue = "name") AppraisalSort sort, Paging paging) {
        answers.cycle(cycleId);
        return answers.page(new CycleAppraisalsQuery(new CycleId(cycleId), status,
                appraiserId == null ? null : new StaffId(appraiserId), sort, paging.page(), paging.size()));
    }

    @Operation(summary = "A person's own appraisals and exemptions over the years, the latest first unless sorted "
            + "otherwise; status filters them")
    @Allowed(value = {Audience.SELF, Audience.SCHOOL_LEADER}, appraisal = true)
    @GetMapping("/api/staff/{staffId}/appraisals")
    ReportPage<AppraisalRow> staffAppraisals(@PathVariable UUID staffId,
                                             @RequestParam(required = false) AppraisalStatus status,
                                             @RequestParam(defaultValue = "year") AppraisalSort sort, Paging paging) {
        answers.staffMember(staffId);
        return answers.page(new StaffAppraisalsQuery(new StaffId(staffId), status, sort, paging.page(),
                paging.size()));
    }

    @Operation(summary = "The appraisals a person holds as appraiser, by appraisee's name unless sorted otherwise; "
            + "academicYear and status filter them")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER})
    @GetMapping("/api/staff/{staffId}/appraisees")
    ReportPage<AppraisalRow> appraisees(@PathVariable UUID staffId,
                                        @RequestParam(required = false)
                                        @Parameter(schema = @Schema(type = "string", example = "2025/26"))
                                        AcademicYear academicYear,
                                        @RequestParam(required = false) AppraisalStatus status,
                                        @RequestParam(defaultValue = "name") AppraisalSort sort, Paging paging) {
        answers.staffMember(staffId);
        return answers.page(new AppraiseesQuery(new StaffId(staffId), academicYear, status, sort,
                paging.page(), paging.size()));
    }
}
