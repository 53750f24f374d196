package dev.heartwood.infra.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.heartwood.kernel.DomainRuleViolation;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem document with a stable {@code code}: 400 for input that is
 * malformed or invalid (naming the fields), 404 for something unknown, 409 for a rule of the domain or a
 * concurrent change, 503 when the database cannot be reached. A client's mistake is never a 500.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    /** A restarted PostgreSQL or a pool that has found it again is usually back within seconds. */
    private static final String RETRY_AFTER_SECONDS = "5";

    /** One field that failed, by its JSON path. */
    record FieldError(String field, String message) {
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail refused(DomainRuleViolation violation) {
        return Problems.of(WebProblem.statusOf(violation.getErrorCode().category()), violation.getErrorCode().code(),
                violation.getMessage());
    }

    @ExceptionHandler(InvalidIdentifier.class)
    ResponseEntity<Object> invalidIdentifier(InvalidIdentifier invalid) {
        return invalid("A parameter has the wrong type or format",
                List.of(new FieldError(invalid.variable(), ExpectedValue.of(UUID.class))));
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException exception) {
        return Problems.of(WebProblem.ALREADY_EXISTS,
                "Something with this identifier already exists; choose a new identifier to create another");
    }

    @ExceptionHandler({ConcurrencyException.class, DuplicateKeyException.class})
    ProblemDetail concurrentChange(RuntimeException exception) {
        return Problems.of(WebProblem.CONCURRENT_CHANGE,
                "Someone else changed this at the same moment; read it again and retry");
    }

    private static ResponseEntity<ProblemDetail> databaseUnavailable(Exception exception) {
        // one line, not a stack trace for every request while it lasts
        log.warn("The database is unavailable: {}", exception.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(WebProblem.DATABASE_UNAVAILABLE,
                        "The database cannot be reached or did not answer in time. Try again shortly"));
    }

    /** The database being away arrives wrapped in many ways (see {@link DatabaseUnavailable}): a 503, not a 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        if (DatabaseUnavailable.isCauseOf(exception)) {
            return databaseUnavailable(exception);
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(exception)) {
            // the reader went away before the answer was written (a finished download, a closed tab): nothing failed
            log.debug("Client gone before the answer was written");
            return null;
        }
        log.error("Unexpected failure", exception);
        return ResponseEntity.internalServerError().body(Problems.of(WebProblem.INTERNAL_ERROR,
                "Something went wrong on our side; the correlation id in the response helps to find it"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        // the reporting module's paging refuses its parameters in this way too
        return invalid(exception.getParameter().hasParameterAnnotation(RequestBody.class)
                ? "Some fields are missing or invalid" : "Some parameters are invalid", errors);
    }

    /** A request parameter out of its range or pattern, such as a size of 0 or an unknown sort, named. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                           HttpHeaders headers, HttpStatusCode status,
                                                                           WebRequest request) {
        List<FieldError> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return invalid("Some parameters are invalid", errors);
    }

    /** A request parameter or path variable that cannot be read as its type (a grouping, a year, a UUID), named. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String expected = exception.getRequiredType() == null ? ExpectedValue.of(Object.class)
                : ExpectedValue.of(exception.getRequiredType());
        return invalid("A parameter has the wrong type or format",
                List.of(new FieldError(exception.getPropertyName(), expected)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable wrapped = exception.getCause(); wrapped != null; wrapped = wrapped.getCause()) {
            if (wrapped instanceof ErrorResponse refusal) {
                // a body cut off at its size limit (BodySizeLimit) answers for itself, however the reader wrapped it
                return ResponseEntity.status(refusal.getStatusCode()).body(refusal.getBody());
            }
        }
        Throwable cause = exception.getCause();
        if (cause instanceof JsonParseException) {
            return ResponseEntity.badRequest().body(
                    Problems.of(WebProblem.MALFORMED_JSON, "The request body is not valid JSON"));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return invalid("A field cannot be accepted as it is", List.of(new FieldError(field, reasonFor(mapping))));
        }
        return ResponseEntity.badRequest().body(
                Problems.of(WebProblem.MALFORMED_REQUEST, "The request body is missing or unreadable"));
    }

    /** Gives Spring's own problem documents (405, 415, a bad path variable, ...) a code as well. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, @Nullable Object body,
                                                             HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        if (body == null && exception instanceof ErrorResponse response) {
            body = response.getBody();
        }
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("code"))) {
            Problems.withCode(problem, codeFor(status));
        }
        return super.handleExceptionInternal(exception, body, headers, status, request);
    }

    private static String reasonFor(JsonMappingException mapping) {
        if (mapping instanceof RefusedValue refused) {
            return refused.reason();
        }
        if (mapping instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        return mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                ? ExpectedValue.of(mismatched.getTargetType())
                : ExpectedValue.of(Object.class);
    }

    private static ResponseEntity<Object> invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = Problems.of(WebProblem.INVALID_INPUT, detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String codeFor(HttpStatusCode status) {
        return status.value() == HttpStatus.BAD_REQUEST.value() ? WebProblem.INVALID_INPUT.code()
                : Problems.codeOf(status);
    }
}
