package dev.heartwood.reporting.compliance;

import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.learning.api.ComplianceStatus;
import dev.heartwood.reporting.api.ComplianceMatrixQuery;
import dev.heartwood.reporting.api.ComplianceRow;
import dev.heartwood.reporting.api.ComplianceSort;
import dev.heartwood.reporting.api.ComplianceSummaryQuery;
import dev.heartwood.reporting.api.ComplianceSummaryRow;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.query.Answers;
import dev.heartwood.reporting.query.Paging;
import dev.heartwood.reporting.query.ReportCsvConverter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The training compliance matrix (staff × requirement) and its summary, of a school or a trust, on any day. */
@RestController
@Tag(name = "Reports")
class ComplianceMatrixController {

    /** Every status but NOT_APPLICABLE, which the matrix never shows. */
    private static final String STATUSES = "COMPLIANT|DUE_SOON|OVERDUE|EXPIRED|NEVER_COMPLETED|EXEMPT";

    private final Answers answers;
    private final Clock clock;

    ComplianceMatrixController(Answers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    @Operation(summary = "Each person against each requirement that applies to them on a day (today unless 'on' "
            + "is given, past or future): last completed, due or expiry date, status, certificate")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(path = "/api/schools/{schoolId}/reports/training-compliance",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsvConverter.TEXT_CSV_VALUE})
    ReportPage<ComplianceRow> school(@RequestParam(required = false) LocalDate on,
                                     @RequestParam(required = false) @Pattern(regexp = STATUSES) String status,
                                     @RequestParam(required = false) UUID requirementId,
                                     @RequestParam(defaultValue = "person") ComplianceSort sort,
                                     Paging paging, ReportScope school) {
        return matrix(school, on, status, requirementId, sort, paging);
    }

    @Operation(summary = "The training compliance matrix of every school of a trust on a day")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(path = "/api/trusts/{trustId}/reports/training-compliance",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsvConverter.TEXT_CSV_VALUE})
    ReportPage<ComplianceRow> trust(@RequestParam(required = false) LocalDate on,
                                    @RequestParam(required = false) @Pattern(regexp = STATUSES) String status,
                                    @RequestParam(required = false) UUID requirementId,
                                    @RequestParam(defaultValue = "person") ComplianceSort sort,
                                    Paging paging, ReportScope trust) {
        return matrix(trust, on, status, requirementId, sort, paging);
    }

    @Operation(summary = "Per requirement on a day: people it applies to, how many and what share are compliant, "
            + "and how many fall due within 30, 60 and 90 days")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(path = "/api/schools/{schoolId}/reports/training-compliance/summary",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsvConverter.TEXT_CSV_VALUE})
    ReportPage<ComplianceSummaryRow> schoolSummary(@RequestParam(required = false) LocalDate on, ReportScope school) {
        return answers.page(new ComplianceSummaryQuery(school, dayOf(on)));
    }

    @Operation(summary = "The training compliance summary of every school of a trust on a day, school by school")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(path = "/api/trusts/{trustId}/reports/training-compliance/summary",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsvConverter.TEXT_CSV_VALUE})
    ReportPage<ComplianceSummaryRow> trustSummary(@RequestParam(required = false) LocalDate on, ReportScope trust) {
        return answers.page(new ComplianceSummaryQuery(trust, dayOf(on)));
    }

    private ReportPage<ComplianceRow> matrix(ReportScope scope, LocalDate on, String status, UUID requirementId,
                                             ComplianceSort sort, Paging paging) {
        return answers.page(new ComplianceMatrixQuery(scope, dayOf(on),
                status == null ? null : ComplianceStatus.valueOf(status), requirementId, sort, paging.page(),
                paging.size()));
    }

    private LocalDate dayOf(LocalDate on) {
        return on == null ? SchoolTime.today(clock) : on;
    }
}
