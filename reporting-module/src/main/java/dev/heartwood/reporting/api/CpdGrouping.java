package dev.heartwood.reporting.api;

/** How the rows of the CPD hours and spend report are grouped. */
public enum CpdGrouping {
    PERSON,
    TYPE,
    /**
     * Learning linked to two priorities counts in both rows, so the rows may add up to more than the whole;
     * learning linked to none has a row of its own without a key.
     */
    PRIORITY,
    TERM,
    SCHOOL
}
