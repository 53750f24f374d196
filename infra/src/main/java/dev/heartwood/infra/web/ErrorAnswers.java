package dev.heartwood.infra.web;

import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * Where the servlet container sends an error it could not hand to Spring MVC's own handling, in place of Spring Boot's
 * error page: a problem document with the error's status. Asked for directly, {@code /error} is an address with
 * nothing at it (404), never a 500. A browser asking for a page gets a page instead. Not part of the API, so not in its
 * description.
 */
@Hidden
@RestController
class ErrorAnswers implements ErrorController {

    static final String PATH = "/error";

    /** Whoever got the error: it is about their own request and names no record (the access policy skips it). */
    @Allowed(Audience.ANYONE)
    @RequestMapping(PATH)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatusCode status = statusOf(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, Problems.codeOf(status), detailOf(status)));
    }

    /** A page's error, for a browser: the same status, on a page of Heartwood's ({@code templates/error.html}). */
    @Allowed(Audience.ANYONE)
    @RequestMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatusCode status = statusOf(request);
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "detail", detailOf(status)));
        page.setStatus(status);
        return page;
    }

    private static HttpStatusCode statusOf(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? HttpStatusCode.valueOf(code) : HttpStatus.NOT_FOUND;
    }

    private static String detailOf(HttpStatusCode status) {
        return status.is5xxServerError()
                ? "Something went wrong on our side; the correlation id in the response helps to find it"
                : status.value() == HttpStatus.NOT_FOUND.value() ? "There is nothing at this address"
                : "The request cannot be answered as it was sent";
    }
}
