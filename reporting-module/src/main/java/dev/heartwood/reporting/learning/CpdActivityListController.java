package dev.heartwood.reporting.learning;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.CpdActivityRow;
import dev.heartwood.reporting.api.CpdRequestSort;
import dev.heartwood.reporting.api.CpdSort;
import dev.heartwood.reporting.api.CpdStatus;
import dev.heartwood.reporting.api.PendingCpdRequestsQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.StaffCpdQuery;
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

/** A person's professional learning, and a school's requests for it awaiting a decision. */
@Tag(name = "Learning")
@RestController
class CpdActivityListController {

    private final Answers answers;

    CpdActivityListController(Answers answers) {
        this.answers = answers;
    }

    @Operation(summary = "A person's professional learning, requested or logged, the latest first unless sorted by "
            + "title, status or cost; status and academicYear (the year it counts in) filter it")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER})
    @GetMapping("/api/staff/{staffId}/cpd-activities")
    ReportPage<CpdActivityRow> staffCpd(@PathVariable UUID staffId,
                                        @RequestParam(required = false) CpdStatus status,
                                        @RequestParam(required = false)
                                        @Parameter(schema = @Schema(type = "string", example = "2025/26"))
                                        AcademicYear academicYear,
                                        @RequestParam(defaultValue = "date") CpdSort sort, Paging paging) {
        answers.staffMember(staffId);
        return answers.page(new StaffCpdQuery(new StaffId(staffId), status, academicYear, sort, paging.page(),
                paging.size()));
    }

    @Operation(summary = "A school's requests for professional learning awaiting a decision, with the cost and cover "
            + "each asks for: the longest waiting first unless sorted by startsOn, name or cost")
    @Allowed(Audience.SCHOOL_LEADER)
    @GetMapping("/api/schools/{schoolId}/cpd-activities/pending")
    ReportPage<CpdActivityRow> pending(@RequestParam(defaultValue = "requestedOn") CpdRequestSort sort,
                                       Paging paging, ReportScope school) {
        return answers.page(new PendingCpdRequestsQuery(new SchoolId(school.schoolId()), sort, paging.page(),
                paging.size()));
    }
}
