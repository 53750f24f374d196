package dev.heartwood.learning.api;

import dev.heartwood.kernel.ErrorCode;

/**
 * Why the learning module refused a command about professional learning; the codes are part of the API and never
 * change.
 */
public enum CpdErrorCode implements ErrorCode {
    CPD_ACTIVITY_NOT_FOUND("cpd-activity-not-found", Category.NOT_FOUND),
    SCHOOL_NOT_FOUND("school-not-found", Category.NOT_FOUND),
    STAFF_MEMBER_NOT_FOUND("staff-member-not-found", Category.NOT_FOUND),
    STAFF_MEMBER_HAS_LEFT("staff-member-has-left", Category.CONFLICT),
    CPD_ACTIVITY_ALREADY_RECORDED("cpd-activity-already-recorded", Category.CONFLICT),
    OBJECTIVE_NOT_FOUND("objective-not-found", Category.NOT_FOUND),
    LINK_NEEDS_OWN_OBJECTIVE("link-needs-the-appraisees-own-objective", Category.CONFLICT),
    OBJECTIVE_WITHDRAWN("objective-withdrawn", Category.CONFLICT),
    DEVELOPMENT_NEED_NOT_FOUND("development-need-not-found", Category.NOT_FOUND),
    LINK_NEEDS_OWN_DEVELOPMENT_NEED("link-needs-the-persons-own-development-need", Category.CONFLICT),
    PRIORITY_NOT_FOUND("priority-not-found", Category.NOT_FOUND),
    ENDS_BEFORE_IT_STARTS("cpd-ends-before-it-starts", Category.CONFLICT),
    NEGATIVE_AMOUNT("hours-cost-and-cover-not-negative", Category.CONFLICT),
    DATE_IN_THE_FUTURE("date-in-the-future", Category.CONFLICT),
    DATE_BEFORE_THE_PERSON_STARTED("date-before-the-person-started", Category.CONFLICT),
    DATE_OUT_OF_ORDER("date-out-of-order", Category.CONFLICT),
    DECISION_NEEDS_REQUEST("decision-needs-a-requested-activity", Category.CONFLICT),
    ALREADY_DECIDED("cpd-activity-already-decided", Category.CONFLICT),
    CPD_ACTIVITY_DECLINED("cpd-activity-declined", Category.CONFLICT),
    COMPLETION_NEEDS_APPROVAL("completion-needs-approval", Category.CONFLICT),
    ALREADY_COMPLETED("cpd-activity-already-completed", Category.CONFLICT),
    REFLECTION_NEEDS_COMPLETION("reflection-needs-completion", Category.CONFLICT),
    EVALUATION_NEEDS_COMPLETION("evaluation-needs-completion", Category.CONFLICT);

    private final String code;
    private final Category category;

    CpdErrorCode(String code, Category category) {
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
