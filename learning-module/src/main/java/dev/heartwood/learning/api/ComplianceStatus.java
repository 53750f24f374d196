package dev.heartwood.learning.api;

/** Where a person stands against one training requirement on one day. */
public enum ComplianceStatus {
    /** Completed, and not due for renewal within the warning period. */
    COMPLIANT,
    /** The due date (or the renewal date) is within the warning period, or passed but still within the grace days. */
    DUE_SOON,
    /** Never completed, and the due date and grace days have passed. */
    OVERDUE,
    /** Completed, but the renewal date and grace days have passed. */
    EXPIRED,
    /** Never completed, and not yet due. */
    NEVER_COMPLETED,
    /** Exempted for a period that covers the day. */
    EXEMPT,
    /** The requirement does not apply to the person on the day (or is not in force). */
    NOT_APPLICABLE
}
