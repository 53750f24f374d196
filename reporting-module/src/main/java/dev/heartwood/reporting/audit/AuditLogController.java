package dev.heartwood.reporting.audit;

import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.AuditEntry;
import dev.heartwood.reporting.api.AuditLogQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.query.Answers;
import dev.heartwood.reporting.query.ReportCsvConverter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

/** The audit log of a school, or of a whole trust, newest first, as JSON or CSV. */
@RestController
@Tag(name = "History")
class AuditLogController {

    private final Answers answers;

    AuditLogController(Answers answers) {
        this.answers = answers;
    }

    @Operation(summary = "Every event of a school: when, what, whose, by whom in which role, why and in which request")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(path = "/api/schools/{schoolId}/audit-log",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsvConverter.TEXT_CSV_VALUE})
    ReportPage<AuditEntry> school(@PathVariable UUID schoolId, @RequestParam(required = false) Instant from,
                                  @RequestParam(required = false) Instant to,
                                  @RequestParam(required = false) String actorId,
                                  @RequestParam(required = false) UUID staffId,
                                  @RequestParam(required = false) String kind,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        answers.school(schoolId);
        return answers.page(new AuditLogQuery(schoolId, null, from, to, actorId, staffId, kind, page, size));
    }

    @Operation(summary = "Every event of a trust and of all its schools")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(path = "/api/trusts/{trustId}/audit-log",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsvConverter.TEXT_CSV_VALUE})
    ReportPage<AuditEntry> trust(@PathVariable UUID trustId, @RequestParam(required = false) Instant from,
                                 @RequestParam(required = false) Instant to,
                                 @RequestParam(required = false) String actorId,
                                 @RequestParam(required = false) UUID staffId,
                                 @RequestParam(required = false) String kind,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        answers.trust(trustId);
        return answers.page(new AuditLogQuery(null, trustId, from, to, actorId, staffId, kind, page, size));
    }
}
