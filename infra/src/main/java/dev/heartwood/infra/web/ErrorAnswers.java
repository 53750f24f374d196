package dev.heartwood.infra.web;

import dev.heartwood.kernel.Allowed;
import dev.heartwood.kernel.Audience;
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

/**
 * Where the servlet container sends an error it could not hand to Spring MVC's own handling, in place of Spring Boot's
 * error page: a problem document with the error's status. Asked for directly, {@code /error} is an address with
 * nothing at it (404), never a 500. Not part of the API, so not in its description.
 */
@Hidden
@RestController
class ErrorAnswers implements ErrorController {

    static final String PATH = "/error";

    /** Whoever got the error: it is about their own request and names no record (the access policy skips it). */
    @Allowed(Audience.ANYONE)
    @RequestMapping(PATH)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatusCode status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && code >= 400 ? HttpStatusCode.valueOf(code) : HttpStatus.NOT_FOUND;
        String detail = status.is5xxServerError()
                ? "Something went wrong on our side; the correlation id in the response helps to find it"
                : status.value() == HttpStatus.NOT_FOUND.value() ? "There is nothing at this address"
                : "The request cannot be answered as it was sent";
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, Problems.codeOf(status), detail));
    }
}
