package dev.heartwood.reporting.audit;

import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.AuditEntry;
import dev.heartwood.reporting.api.AuditLogQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.query.Answers;
import dev.heartwood.reporting.query.Paging;
import dev.heartwood.reporting.query.ReportCsvConverter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
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
    ReportPage<AuditEntry> school(@RequestParam(required = false) Instant from,
                                  @RequestParam(required = false) Instant to,
                                  @RequestParam(required = false) String actorId,
                                  @RequestParam(required = false) UUID staffId,
                                  @RequestParam(required = false) String kind, Paging paging, ReportScope school) {
        return log(school, from, to, actorId, staffId, kind, paging);
    }

    @Operation(summary = "Every event of a trust and of all its schools")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(path = "/api/trusts/{trustId}/audit-log",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsvConverter.TEXT_CSV_VALUE})
    ReportPage<AuditEntry> trust(@RequestParam(required = false) Instant from,
                                 @RequestParam(required = false) Instant to,
                                 @RequestParam(required = false) String actorId,
                                 @RequestParam(required = false) UUID staffId,
                                 @RequestParam(required = false) String kind, Paging paging, ReportScope trust) {
        return log(trust, from, to, actorId, staffId, kind, paging);
    }

    private ReportPage<AuditEntry> log(ReportScope scope, Instant from, Instant to, String actorId, UUID staffId,
                                       String kind, Paging paging) {
        return answers.page(new AuditLogQuery(scope.schoolId(), scope.trustId(), from, to, actorId, staffId, kind,
                paging.page(), paging.size()));
    }
}
