package dev.heartwood.kernel.web;

/**
 * The people an endpoint serves, relative to the record it names (a school, a trust, a person, an appraisal, a
 * piece of learning...). The application's access policy decides who belongs to each; administrators pass every
 * rule, and a rule with no audience serves administrators only.
 */
public enum Audience {
    /** The person the record is about: the appraisee of an appraisal, the owner of a piece of learning. */
    SELF,
    /** The appraiser assigned to the appraisal. */
    APPRAISER,
    /** The headteacher and senior leaders of the record's school, and the leaders of its trust. */
    SCHOOL_LEADER,
    /** The leaders of the record's trust. */
    TRUST_LEADER,
    /** HR for the record's school, or for its whole trust; never an appraisal. */
    HR,
    /**
     * The governors of the record's school: its headteacher's appraisal, the governors' report and the DSL register
     * (safeguarding is theirs to oversee) only.
     */
    GOVERNOR,
    /** Anyone on the staff of the record's school (or, for a trust, of one of its schools). */
    STAFF,
    /** Every caller the directory knows: only for an endpoint about the caller, which names no record. */
    ANYONE
}
