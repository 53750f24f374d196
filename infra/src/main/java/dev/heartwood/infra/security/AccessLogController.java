package dev.heartwood.infra.security;

import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.AccessLogQuery;
import dev.heartwood.reporting.api.AccessLogRows;
import dev.heartwood.reporting.api.ReportScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The access log of a school, or of a whole trust, newest first, for HR. */
@Tag(name = "Access")
@RestController
class AccessLogController {

    private final AccessLogLines log;

    AccessLogController(AccessLogLines log) {
        this.log = log;
    }

    @Allowed(Audience.HR)
    @Operation(summary = "Who read which appraisal or pay recommendation of a school's staff, and when")
    @GetMapping("/api/schools/{schoolId}/access-log")
    AccessLogRows school(@PathVariable UUID schoolId, @RequestParam(defaultValue = "0") @Min(0) int page,
                         @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size,
                         HttpServletRequest request) {
        AccessInterceptor.existingRecordOf(request);
        return log.handle(new AccessLogQuery(ReportScope.school(schoolId), page, size));
    }

    @Allowed(Audience.HR)
    @Operation(summary = "Who read which appraisal or pay recommendation in any school of a trust, and when")
    @GetMapping("/api/trusts/{trustId}/access-log")
    AccessLogRows trust(@PathVariable UUID trustId, @RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size, HttpServletRequest request) {
        AccessInterceptor.existingRecordOf(request);
        return log.handle(new AccessLogQuery(ReportScope.trust(trustId), page, size));
    }
}
