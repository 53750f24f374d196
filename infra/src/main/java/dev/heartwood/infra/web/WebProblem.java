package dev.heartwood.infra.web;

import dev.heartwood.kernel.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * The problems the web edge answers with itself, beside the refusals the modules name with their {@link ErrorCode}s:
 * the codes are part of the API, and the OpenAPI document lists them where they can occur.
 */
public enum WebProblem {
    /** A field or parameter is missing, of the wrong type or out of its range; {@code errors} names each. */
    INVALID_INPUT(HttpStatus.BAD_REQUEST, "invalid-input"),
    /** The body is not JSON at all. */
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "malformed-json"),
    /** The body is missing or unreadable, or the address is one no request should have. */
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request"),
    /** No one is signed in, or the sign-in failed (with a {@code WWW-Authenticate} challenge). */
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated"),
    /** The local mode has refused a sign-in without trying it, after too many failed ones. */
    TOO_MANY_SIGN_IN_ATTEMPTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-attempts"),
    /** The body is over the size limit, and was not read. */
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
    /** The body is not of a type the operation takes. */
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** Something with the identifier the client chose exists already. */
    ALREADY_EXISTS(HttpStatus.CONFLICT, "already-exists"),
    /** Someone else changed the same record at the same moment. */
    CONCURRENT_CHANGE(HttpStatus.CONFLICT, "concurrent-change"),
    /** The database cannot be reached or did not answer in time. */
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable"),
    /** A fault of Heartwood's, never a client's mistake: documented nowhere, since no operation should answer it. */
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error");

    private final HttpStatus status;
    private final String code;

    WebProblem(HttpStatus status, String code) {
        this.status = status;
        this.code = code;
    }

    /** A problem with nothing more particular to say than its status, which names it. */
    WebProblem(HttpStatus status) {
        this(status, Problems.codeOf(status));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The status that answers a refusal of this category. */
    public static HttpStatus statusOf(ErrorCode.Category category) {
        return switch (category) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNREADABLE -> INVALID_INPUT.status;
            case TOO_LARGE -> PAYLOAD_TOO_LARGE.status;
        };
    }
}
