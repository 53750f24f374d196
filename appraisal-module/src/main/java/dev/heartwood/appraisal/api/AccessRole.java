package dev.heartwood.appraisal.api;

/**
 * What a person may see and do beyond their own records and the appraisals they conduct. A headteacher leads their
 * school and a governor oversees its headteacher's appraisal by their staff category; these are granted.
 */
public enum AccessRole {
    /** Leads a school with its headteacher: its appraisals (not the headteacher's own) and reports. Per school. */
    SENIOR_LEADER,
    /** Keeps the directory and the mandatory training, and reads the compliance reports and the access log. */
    HR,
    /** Oversees the school's headteacher appraisal and reads the governors' report. Per school. */
    GOVERNOR,
    /** Leads every school of the trust. Per trust. */
    TRUST_LEADER,
    /** Sees pay recommendations, where the person's other access shows the appraisal. */
    PAY;

    /** Whether the role may be held for a school and for a trust; senior leaders and governors serve one school. */
    public boolean heldFor(AccessScope scope) {
        return switch (this) {
            case SENIOR_LEADER, GOVERNOR -> scope == AccessScope.SCHOOL;
            case TRUST_LEADER -> scope == AccessScope.TRUST;
            case HR, PAY -> true;
        };
    }
}
