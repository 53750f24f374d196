package dev.heartwood.reporting.api;

/**
 * The orders a list of professional learning can be read in; each ends on the activity id so that pages are stable.
 * A request names one as {@code date}, {@code title}, {@code status}, {@code cost}, {@code requestedOn},
 * {@code startsOn} or {@code name}.
 */
public enum CpdSort {
    /** the latest first, by the day it was completed, or else is to start */
    DATE,
    /** by title, then the latest first */
    TITLE,
    /** by status, then the latest first */
    STATUS,
    /** the most costly first: what it cost once completed, what was asked for until then */
    COST,
    /** the longest waiting first: by the day it was asked for, learning logged as done last */
    REQUESTED_ON,
    /** the soonest to start first */
    STARTS_ON,
    /** by the person's name, then the soonest to start */
    NAME
}
