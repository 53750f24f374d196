package dev.heartwood.reporting.api;

/**
 * The orders a list of appraisals can be read in; each ends on the appraisal id so that pages are stable. A request
 * names one as {@code name}, {@code appraiser}, {@code status} or {@code year}.
 */
public enum AppraisalSort {
    /** by the appraisee's name, then the latest year first */
    NAME,
    /** by the appraiser's name (exemptions last), then the appraisee's */
    APPRAISER,
    /** by status, then the appraisee's name */
    STATUS,
    /** the latest year first, then the appraisee's name */
    YEAR
}
