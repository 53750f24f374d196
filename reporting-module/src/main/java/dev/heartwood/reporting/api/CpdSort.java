package dev.heartwood.reporting.api;

/**
 * The orders a person's professional learning can be read in; each ends on the activity id so that pages are stable.
 * A request names one as {@code date}, {@code title}, {@code status} or {@code cost}.
 */
public enum CpdSort {
    /** the latest first, by the day it was completed, or else is to start */
    DATE("date"),
    /** by title, then the latest first */
    TITLE("title"),
    /** by status, then the latest first */
    STATUS("status"),
    /** the most costly first: what it cost once completed, what was asked for until then */
    COST("cost");

    private final String word;

    CpdSort(String word) {
        this.word = word;
    }

    /** The word a request names it by. */
    @Override
    public String toString() {
        return word;
    }
}
