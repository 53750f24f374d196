package dev.heartwood.reporting.api;

/**
 * The orders a school's requests for professional learning awaiting a decision can be read in; each ends on the
 * activity id so that pages are stable. A request names one as {@code requestedOn}, {@code startsOn}, {@code name}
 * or {@code cost}.
 */
public enum CpdRequestSort {
    /** the longest waiting first: by the day it was asked for */
    REQUESTED_ON("requestedOn"),
    /** the soonest to start first */
    STARTS_ON("startsOn"),
    /** by the person's name, then the soonest to start */
    NAME("name"),
    /** the most costly first */
    COST("cost");

    private final String word;

    CpdRequestSort(String word) {
        this.word = word;
    }

    /** The word a request names it by. */
    @Override
    public String toString() {
        return word;
    }
}
