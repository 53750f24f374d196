package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.ErrorCode;

/** Why the appraisal module refused a command; the codes are part of the API and never change. */
public enum AppraisalErrorCode implements ErrorCode {
    SCHOOL_NOT_FOUND("school-not-found", Category.NOT_FOUND),
    STAFF_MEMBER_NOT_FOUND("staff-member-not-found", Category.NOT_FOUND),
    APPRAISER_NOT_FOUND("appraiser-not-found", Category.NOT_FOUND),
    APPRAISAL_NOT_FOUND("appraisal-not-found", Category.NOT_FOUND),
    OBJECTIVE_NOT_FOUND("objective-not-found", Category.NOT_FOUND),
    APPRAISER_IS_APPRAISEE("appraiser-is-appraisee", Category.CONFLICT),
    APPRAISER_AT_ANOTHER_SCHOOL("appraiser-at-another-school", Category.CONFLICT),
    APPRAISAL_ALREADY_STARTED("appraisal-already-started", Category.CONFLICT),
    OBJECTIVE_ALREADY_SET("objective-already-set", Category.CONFLICT);

    private final String code;
    private final Category category;

    AppraisalErrorCode(String code, Category category) {
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
