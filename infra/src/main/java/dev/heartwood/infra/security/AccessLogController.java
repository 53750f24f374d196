package dev.heartwood.infra.security;

import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The access log of a school, or of a whole trust, newest first, for HR. */
@Tag(name = "Access")
@RestController
class AccessLogController {

    /** A page of the log, newest first. */
    record AccessLogPage(List<AccessLog.Line> lines, int page, int size, long total) {
    }

    private final JdbcClient jdbc;

    AccessLogController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Allowed(Audience.HR)
    @Operation(summary = "Who read which appraisal or pay recommendation of a school's staff, and when")
    @GetMapping("/api/schools/{schoolId}/access-log")
    AccessLogPage school(@PathVariable UUID schoolId, @RequestParam(defaultValue = "0") @Min(0) int page,
                         @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size,
                         HttpServletRequest request) {
        AccessInterceptor.existingRecordOf(request);
        return page("school_id", schoolId, page, size);
    }

    @Allowed(Audience.HR)
    @Operation(summary = "Who read which appraisal or pay recommendation in any school of a trust, and when")
    @GetMapping("/api/trusts/{trustId}/access-log")
    AccessLogPage trust(@PathVariable UUID trustId, @RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size, HttpServletRequest request) {
        AccessInterceptor.existingRecordOf(request);
        return page("trust_id", trustId, page, size);
    }

    private AccessLogPage page(String scopeColumn, UUID scope, int page, int size) {
        List<AccessLog.Line> lines = jdbc.sql("""
                        SELECT read_at, reader_id, reader_role, kind, record_id, staff_id, school_id, request
                        FROM access_log WHERE %s = ? ORDER BY id DESC LIMIT ? OFFSET ?""".formatted(scopeColumn))
                .params(scope, size, (long) page * size)
                .query((row, n) -> new AccessLog.Line(row.getObject("read_at", OffsetDateTime.class),
                        row.getObject("reader_id", UUID.class), row.getString("reader_role"), row.getString("kind"),
                        row.getObject("record_id", UUID.class), row.getObject("staff_id", UUID.class),
                        row.getObject("school_id", UUID.class), row.getString("request")))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM access_log WHERE %s = ?".formatted(scopeColumn))
                .param(scope)
                .query(Long.class)
                .single();
        return new AccessLogPage(lines, page, size, total);
    }
}
