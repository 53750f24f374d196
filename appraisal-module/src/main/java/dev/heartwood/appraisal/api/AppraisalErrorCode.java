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
    LINE_MANAGER_HAS_LEFT("line-manager-has-left", Category.CONFLICT),
    LINE_MANAGEMENT_CYCLE("line-management-cycle", Category.CONFLICT),
    STAFF_MEMBER_NOT_FOUND("staff-member-not-found", Category.NOT_FOUND),
    APPRAISER_NOT_FOUND("appraiser-not-found", Category.NOT_FOUND),
    APPRAISAL_NOT_FOUND("appraisal-not-found", Category.NOT_FOUND),
    OBJECTIVE_NOT_FOUND("objective-not-found", Category.NOT_FOUND),
    CYCLE_NOT_FOUND("cycle-not-found", Category.NOT_FOUND),
    PRIORITY_NOT_FOUND("priority-not-found", Category.NOT_FOUND),
    CYCLE_ALREADY_OPEN("cycle-already-open", Category.CONFLICT),
    CYCLE_PERIOD_INVALID("cycle-period-invalid", Category.CONFLICT),
    DEADLINES_OUT_OF_ORDER("deadlines-out-of-order", Category.CONFLICT),
    OBJECTIVE_LIMIT_OUT_OF_RANGE("objective-limit-out-of-range", Category.CONFLICT),
    NO_FRAMEWORK_FOR_CATEGORY("no-framework-for-category", Category.CONFLICT),
    GOVERNORS_ARE_NOT_APPRAISED("governors-are-not-appraised", Category.CONFLICT),
    ON_INDUCTION("on-induction", Category.CONFLICT),
    APPRAISER_IS_APPRAISEE("appraiser-is-appraisee", Category.CONFLICT),
    APPRAISER_HAS_LEFT("appraiser-has-left", Category.CONFLICT),
    HEADTEACHER_APPRAISER_MUST_BE_GOVERNOR("headteacher-appraiser-must-be-governor", Category.CONFLICT),
    NO_LINE_MANAGER("no-line-manager", Category.CONFLICT),
    APPRAISAL_ALREADY_STARTED("appraisal-already-started", Category.CONFLICT),
    APPRAISAL_EXEMPT("appraisal-exempt", Category.CONFLICT),
    APPRAISAL_TERMINATED("appraisal-terminated", Category.CONFLICT),
    APPRAISAL_COMPLETED("appraisal-completed", Category.CONFLICT),
    APPRAISAL_NOT_COMPLETED("appraisal-not-completed", Category.CONFLICT),
    OBJECTIVES_LOCKED("objectives-locked-after-final-review", Category.CONFLICT),
    TOO_MANY_OBJECTIVES("too-many-objectives", Category.CONFLICT),
    OBJECTIVE_WITHDRAWN("objective-withdrawn", Category.CONFLICT),
    STANDARD_NOT_IN_FRAMEWORK("standard-not-in-framework", Category.CONFLICT),
    NO_OBJECTIVES_TO_AGREE("no-objectives-to-agree", Category.CONFLICT),
    DATE_IN_THE_FUTURE("date-in-the-future", Category.CONFLICT),
    DATE_BEFORE_THE_CYCLE("date-before-the-cycle", Category.CONFLICT),
    DATE_BEFORE_THE_PERSON_STARTED("date-before-the-person-started", Category.CONFLICT),
    DATE_OUT_OF_ORDER("date-out-of-order", Category.CONFLICT),
    FINAL_REVIEW_ALREADY_HELD("final-review-already-held", Category.CONFLICT),
    OUTCOME_BEFORE_FINAL_REVIEW("outcome-before-final-review", Category.CONFLICT),
    REPORT_BEFORE_FINAL_REVIEW("report-before-final-review", Category.CONFLICT),
    REPORT_ALREADY_ISSUED("report-already-issued", Category.CONFLICT),
    OUTCOMES_MISSING("outcomes-missing", Category.CONFLICT),
    PAY_RECOMMENDATION_REQUIRED("pay-recommendation-required", Category.CONFLICT),
    PAY_RECOMMENDATION_NOT_ASKED("pay-recommendation-not-asked", Category.CONFLICT),
    SIGN_OFF_NEEDS_REPORT("sign-off-needs-issued-report", Category.CONFLICT),
    SIGN_OFFS_MISSING("completion-needs-both-sign-offs", Category.CONFLICT),
    REASON_REQUIRED("reason-required", Category.CONFLICT),
    NOT_AUTHORISED_TO_REOPEN("not-authorised-to-reopen", Category.FORBIDDEN),
    NOT_THAT_PARTY("not-that-party", Category.FORBIDDEN),
    HEADTEACHER_APPRAISAL_ONLY("only-in-a-headteacher-appraisal", Category.CONFLICT),
    PANEL_SIZE("panel-needs-two-or-three-governors", Category.CONFLICT),
    PANEL_CHAIR_NOT_MEMBER("panel-chair-not-member", Category.CONFLICT),
    PANEL_MEMBER_NOT_GOVERNOR("panel-member-not-governor", Category.CONFLICT),
    GOVERNORS_PANEL_REQUIRED("governors-panel-required", Category.CONFLICT),
    EXTERNAL_ADVISER_NOT_APPOINTED("external-adviser-not-appointed", Category.CONFLICT),
    EXTERNAL_ADVISER_NOT_CONSULTED("external-adviser-not-consulted", Category.CONFLICT),
    OBJECTIVE_ALREADY_SET("objective-already-set", Category.CONFLICT),
    ROLE_NOT_HELD_FOR_SCOPE("role-not-held-for-scope", Category.CONFLICT),
    SCHOOL_NOT_IN_A_TRUST("school-not-in-a-trust", Category.CONFLICT),
    EMAIL_ALREADY_USED("email-already-used", Category.CONFLICT),
    OWN_RECORD("not-on-your-own-record", Category.FORBIDDEN),
    SIGN_IN_ALREADY_LINKED("sign-in-already-linked", Category.CONFLICT),
    /** A staff file that is not text, not CSV, or without the columns named; the web edge's code for the same. */
    STAFF_FILE_UNREADABLE(StaffImportResult.INVALID_INPUT, Category.UNREADABLE),
    /** A staff file of more bytes or rows than an import takes; the web edge's code for the same. */
    STAFF_FILE_TOO_LARGE("payload-too-large", Category.TOO_LARGE);

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
