package dev.heartwood.reporting.api;

/**
 * The orders a list of appraisals can be read in; each ends on the appraisal id so that pages are stable. A request
 * names one as {@code name}, {@code appraiser}, {@code status} or {@code year}.
 */
public enum AppraisalSort {
    /** by the appraisee's name, then the latest year first */
    NAME("name"),
    /** by the appraiser's name (exemptions last), then the appraisee's */
    APPRAISER("appraiser"),
    /** by status, then the appraisee's name */
    STATUS("status"),
    /** the latest year first, then the appraisee's name */
    YEAR("year");

    private final String word;

    AppraisalSort(String word) {
        this.word = word;
    }

    /** The word a request names it by. */
    @Override
    public String toString() {
        return word;
    }
}
