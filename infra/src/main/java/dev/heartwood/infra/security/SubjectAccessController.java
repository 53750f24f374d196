package dev.heartwood.infra.security;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * A person's right of access (UK GDPR, article 15): everything Heartwood holds about them, as one ZIP. The person
 * asks for it, or HR, their headteacher or a leader of their trust on their behalf; an administrator, who runs the
 * installation and never reads personal text, does not. Every export is in the access log.
 */
@Tag(name = "Access")
@RestController
class SubjectAccessController {

    static final String ZIP = "application/zip";
    /** The roles that export: the person themselves, HR, the headteacher and the trust's leaders. */
    private static final Set<String> EXPORTERS = Set.of("STAFF", "HR", "HEADTEACHER", "TRUST_LEADER");

    private final SubjectAccessExport export;
    private final AccessLog log;
    private final Clock clock;

    SubjectAccessController(SubjectAccessExport export, AccessLog log, Clock clock) {
        this.export = export;
        this.log = log;
        this.clock = clock;
    }

    @Allowed(value = {Audience.SELF, Audience.HR, Audience.SCHOOL_LEADER}, appraisal = true)
    @Operation(summary = "Everything held about a person, for a subject access request: their events, their rows in "
            + "the read models, who read their records, and a README, as a ZIP of JSON and CSV files")
    @ApiResponse(responseCode = "200", description = "The export, as an attachment",
            content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")))
    @GetMapping(path = "/api/staff/{staffId}/subject-access-export", produces = ZIP)
    ResponseEntity<byte[]> export(@PathVariable UUID staffId, HttpServletRequest request) {
        AccessedRecord person = AccessInterceptor.existingRecordOf(request);
        Caller caller = Caller.current().orElseThrow();
        if (!EXPORTERS.contains(caller.role())) {
            throw new DomainRuleViolation(AccessErrorCode.FORBIDDEN, "Only the person, HR, their headteacher or a "
                    + "leader of their trust exports what is held about them");
        }
        log.read(AccessLog.Kind.SUBJECT_ACCESS_EXPORT, caller, person,
                request.getMethod() + " " + request.getRequestURI());
        String file = "heartwood-subject-access-" + staffId + "-" + SchoolTime.today(clock) + ".zip";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                        .toString())
                .header(HttpHeaders.CONTENT_TYPE, ZIP)
                .body(export.of(staffId, caller));
    }
}
