package dev.heartwood.infra.security;

import dev.heartwood.appraisal.api.AccessRole;
import dev.heartwood.reporting.api.AggregateHistoryView;
import dev.heartwood.reporting.api.AppraisalNarrative;
import dev.heartwood.reporting.api.ReportPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.Optional;
import java.util.UUID;

/**
 * Shapes answers that show appraisal narrative before they are written, and writes each such read to the access log
 * first. What is hidden and what is logged is decided on the answer itself (its type, and the appraisal it says it
 * shows), never on how the request was addressed: an answer showing narrative that cannot be tied to a record is not
 * given at all. In an appraisal's history, confidential text and pay are shown as {@link ConfidentialHistory} says.
 */
@ControllerAdvice
class SensitiveReads implements ResponseBodyAdvice<Object> {

    private final AccessLog log;
    private final AccessedRecords records;
    private final ConfidentialHistory confidential = new ConfidentialHistory(WithheldFields.ofEveryEvent());

    SensitiveReads(AccessLog log, AccessedRecords records) {
        this.log = log;
        this.records = records;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body == null || body instanceof ProblemDetail
                || !(request instanceof ServletServerHttpRequest servlet)) {
            return body;
        }
        HttpServletRequest http = servlet.getServletRequest();
        Optional<Access> reader = AccessInterceptor.accessOf(http);
        Optional<Caller> caller = Caller.current();
        if (reader.isEmpty() || caller.isEmpty() || !showsNarrative(body)) {
            return body;
        }
        AccessedRecord record = subjectOf(body, http).orElseThrow(() -> new IllegalStateException(
                "An answer shows appraisal narrative of a record the access log cannot name; it is not given"));
        String read = http.getMethod() + " " + http.getRequestURI();
        log.read(AccessLog.Kind.APPRAISAL_NARRATIVE, caller.get(), record, read);
        if (!(body instanceof AggregateHistoryView history)) {
            return body;
        }
        boolean holdsPay = reader.get().holdsFor(AccessRole.PAY, record);
        AggregateHistoryView seen = confidential.asSeenBy(history, reader.get(), holdsPay);
        if (confidential.showsPay(seen)) {
            log.read(AccessLog.Kind.PAY, caller.get(), record, read);
        }
        return seen;
    }

    private static boolean showsNarrative(Object body) {
        return body instanceof AppraisalNarrative
                || body instanceof ReportPage<?> page && AppraisalNarrative.class.isAssignableFrom(page.rowType())
                || body instanceof AggregateHistoryView history && ConfidentialHistory.isAppraisal(history);
    }

    /** The record the answer shows: the appraisal it names, or else the record its request names. */
    private Optional<AccessedRecord> subjectOf(Object body, HttpServletRequest http) {
        return records.shownBy(body instanceof AggregateHistoryView history
                ? Optional.of(UUID.fromString(history.aggregateId()))
                : body instanceof AppraisalNarrative narrative ? narrative.narrativeOf() : Optional.empty(), http);
    }
}
