package dev.heartwood.infra.security;

import dev.heartwood.reporting.api.AppraisalNarrative;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages' side of {@link SensitiveReads}: a page whose model shows appraisal narrative is written to the access
 * log before it is rendered, decided on what the page shows (a model value that is {@link AppraisalNarrative}), as
 * the API's answers are. A page showing narrative of a record the log cannot name is not shown.
 */
@Component
class PageReads implements HandlerInterceptor {

    private final AccessLog log;
    private final AccessedRecords records;

    PageReads(AccessLog log, AccessedRecords records) {
        this.log = log;
        this.records = records;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        Optional<Caller> reader = Caller.current();
        if (page == null || reader.isEmpty()) {
            return;
        }
        String read = request.getMethod() + " " + request.getRequestURI();
        // a page may show an appraisal twice (as it is, and as it stood): one line for each record it shows
        Map<AccessedRecord, Boolean> shown = new LinkedHashMap<>();
        page.getModel().values().stream()
                .filter(AppraisalNarrative.class::isInstance)
                .map(AppraisalNarrative.class::cast)
                .forEach(narrative -> shown.merge(records.shownBy(narrative.narrativeOf(), request).orElseThrow(() ->
                                new IllegalStateException("A page shows appraisal narrative of a record the access "
                                        + "log cannot name; it is not shown")),
                        narrative.showsPay(), Boolean::logicalOr));
        shown.forEach((record, pay) -> log.read(pay
                ? List.of(AccessLog.Kind.APPRAISAL_NARRATIVE, AccessLog.Kind.PAY)
                : List.of(AccessLog.Kind.APPRAISAL_NARRATIVE), reader.get(), record, read));
    }
}
