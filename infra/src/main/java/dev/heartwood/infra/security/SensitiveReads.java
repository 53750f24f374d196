package dev.heartwood.infra.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heartwood.appraisal.api.AccessRole;
import dev.heartwood.infra.security.AccessedRecord.Kind;
import dev.heartwood.reporting.history.AggregateHistoryView;
import dev.heartwood.reporting.history.AggregateHistoryView.RecordedEvent;
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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Shapes answers that show an appraisal before they are written: a confidential note or piece of evidence shows
 * its text to the appraisee and the appraiser only, and a pay recommendation to the appraisee and to holders of the
 * pay permission; every read of an appraisal, and of a pay recommendation, goes into the access log.
 */
@ControllerAdvice
class SensitiveReads implements ResponseBodyAdvice<Object> {

    /** Events whose text is confidential when they say so. */
    private static final List<String> CONFIDENTIAL = List.of("ProgressNoteAdded", "EvidenceReferenced");
    private static final Map<String, String> PAY_FIELDS = Map.of("AppraisalReportIssued", "payRecommendation");

    private final AccessLog log;

    SensitiveReads(AccessLog log) {
        this.log = log;
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
        Optional<AccessedRecord> named = AccessInterceptor.recordOf(http);
        Optional<Caller> caller = Caller.current();
        if (!"GET".equals(http.getMethod()) || named.isEmpty() || caller.isEmpty()) {
            return body;
        }
        AccessedRecord record = named.get();
        Access access = AccessInterceptor.accessOf(http).orElseThrow();
        String read = http.getMethod() + " " + http.getRequestURI();
        if (record.kind() == Kind.APPRAISAL) {
            log.read(AccessLog.Kind.APPRAISAL_NARRATIVE, caller.get(), record, read);
        }
        if (!(body instanceof AggregateHistoryView history)) {
            return body;
        }
        boolean party = access.is(record.ownerId()) || access.is(record.appraiserId());
        boolean seesPay = access.is(record.ownerId()) || access.holdsFor(AccessRole.PAY, record);
        List<RecordedEvent> events = history.events().stream()
                .map(event -> withheld(event, party, seesPay))
                .toList();
        boolean payShown = seesPay && history.events().stream().anyMatch(SensitiveReads::carriesPay);
        if (payShown) {
            log.read(AccessLog.Kind.PAY, caller.get(), record, read);
        }
        return new AggregateHistoryView(history.aggregateId(), history.aggregateType(), events);
    }

    private static RecordedEvent withheld(RecordedEvent event, boolean party, boolean seesPay) {
        JsonNode stored = event.payload();
        JsonNode payload;
        if (!party && CONFIDENTIAL.contains(event.type()) && stored.path("confidential").asBoolean()) {
            // the text goes; identifiers, dates and the flag stay, so the record still shows a note was made
            payload = keeping(stored, field -> !stored.get(field).isTextual() || field.endsWith("Id")
                    || field.endsWith("On"));
        } else if (!seesPay && carriesPay(event)) {
            String payField = PAY_FIELDS.get(event.type());
            payload = keeping(stored, field -> !field.equals(payField));
        } else {
            return event;
        }
        return new RecordedEvent(event.sequenceNumber(), event.globalIndex(), event.recordedAt(), event.type(),
                event.revision(), payload, event.cause());
    }

    private static boolean carriesPay(RecordedEvent event) {
        String payField = PAY_FIELDS.get(event.type());
        return payField != null && !event.payload().path(payField).isMissingNode()
                && !event.payload().path(payField).isNull();
    }

    /** A copy of an object with only the fields kept, marked as having had the others withheld. */
    private static JsonNode keeping(JsonNode payload, Predicate<String> kept) {
        ObjectNode copy = payload.deepCopy();
        payload.fieldNames().forEachRemaining(field -> {
            if (!kept.test(field)) {
                copy.remove(field);
            }
        });
        copy.put("withheld", true);
        return copy;
    }
}
