package dev.heartwood.learning.api;

import dev.heartwood.kernel.ErrorCode;

/**
 * Why the learning module refused a command about mandatory training; the codes are part of the API and never
 * change.
 */
public enum TrainingErrorCode implements ErrorCode {
    REQUIREMENT_NOT_FOUND("requirement-not-found", Category.NOT_FOUND),
    SCHOOL_NOT_FOUND("school-not-found", Category.NOT_FOUND),
    TRUST_NOT_FOUND("trust-not-found", Category.NOT_FOUND),
    STAFF_MEMBER_NOT_FOUND("staff-member-not-found", Category.NOT_FOUND),
    REQUIREMENT_WITHDRAWN("requirement-withdrawn", Category.CONFLICT),
    CHANGE_BEFORE_CURRENT_VERSION("change-before-current-version", Category.CONFLICT),
    DATE_IN_THE_FUTURE("date-in-the-future", Category.CONFLICT),
    EXEMPTION_ENDS_BEFORE_IT_STARTS("exemption-ends-before-it-starts", Category.CONFLICT),
    /** Negative, or not shorter than the renewal period of a requirement that is renewed. */
    WARNING_PERIOD_INVALID("warning-period-invalid", Category.CONFLICT);

    private final String code;
    private final Category category;

    TrainingErrorCode(String code, Category category) {
        this.code = code;
        this.category = category;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Category category() {
        return category;
    }
}
