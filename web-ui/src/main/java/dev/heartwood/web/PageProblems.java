package dev.heartwood.web;

import dev.heartwood.kernel.DomainRuleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * A page that cannot be shown, shown as a page: a record that is not the reader's to see (403), or none the reader may
 * know of (404), on the error page, as the API answers the same with a problem document. A form's own refusals are the
 * form's to show beside its fields; this is for what no form can put right. Asked before the API's problem handler.
 */
@ControllerAdvice(basePackages = "dev.heartwood.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(DomainRuleViolation.class)
    ModelAndView refused(DomainRuleViolation refusal) {
        HttpStatus status = switch (refusal.getErrorCode().category()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNREADABLE -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
        };
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value(),
                "detail", refusal.getMessage()));
        page.setStatus(status);
        return page;
    }
}
