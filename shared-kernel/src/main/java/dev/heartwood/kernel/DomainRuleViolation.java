package dev.heartwood.kernel;

import java.util.Objects;

/** Thrown by a command handler that refuses a command; carries the stable code of the rule. */
public class DomainRuleViolation extends RuntimeException {

    private final transient ErrorCode errorCode;

    public DomainRuleViolation(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    public ErrorCode getErrorCode() {
        return errorCode;
    }
}
