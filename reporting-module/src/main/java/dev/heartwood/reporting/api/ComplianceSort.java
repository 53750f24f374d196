package dev.heartwood.reporting.api;

/**
 * The orders the compliance matrix can be read in; each ends on the identifiers so that pages are stable. A request
 * names one as {@code person} or {@code status}.
 */
public enum ComplianceSort {
    /** by the person's name, then the requirement */
    PERSON("person"),
    /** the gaps first (overdue, expired, due soon, not yet done, exempt, compliant), then by person */
    STATUS("status");

    private final String word;

    ComplianceSort(String word) {
        this.word = word;
    }

    /** The word a request names it by. */
    @Override
    public String toString() {
        return word;
    }
}
