package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.ErrorCode;

/** Why the appraisal module refused a command; the codes are part of the API and never change. */
public enum AppraisalErrorCode implements ErrorCode {
    TRUST_NOT_FOUND("trust-not-found", Category.NOT_FOUND),
    SCHOOL_NOT_FOUND("school-not-found", Category.NOT_FOUND),
    PRIORITY_ALREADY_ADDED("priority-already-added", Category.CONFLICT),
    EXTERNAL_ID_ALREADY_USED("external-id-already-used", Category.CONFLICT),
    STAFF_MEMBER_HAS_LEFT("staff-member-has-left", Category.CONFLICT),
    LEAVE_BEFORE_START("leave-before-start", Category.CONFLICT),
    LINE_MANAGER_NOT_FOUND("line-manager-not-found", Category.NOT_FOUND),
    LINE_MANAGER_IS_SELF("line-manager-is-self", Category.CONFLICT),
    LINE_MANAGER_AT_ANOTHER_SCHOOL("line-manager-at-another-school", Category.CONFLICT),
    LINE_MANAGER_HAS_LEFT("line-manager-has-left", Category.CONFLICT),
    LINE_MANAGEMENT_CYCLE("line-management-cycle", Category.CONFLICT),
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
