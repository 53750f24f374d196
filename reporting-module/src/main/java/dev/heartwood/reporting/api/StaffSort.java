package dev.heartwood.reporting.api;

/**
 * The orders a school's staff can be listed in; each ends on the name and the staff id so that pages are stable. A
 * request names one as {@code name}, {@code externalId} or {@code startDate}.
 */
public enum StaffSort {
    /** by name */
    NAME("name"),
    /** by the MIS identifier, people without one last */
    EXTERNAL_ID("externalId"),
    /** the latest to start first */
    START_DATE("startDate");

    private final String word;

    StaffSort(String word) {
        this.word = word;
    }

    /** The word a request names it by. */
    @Override
    public String toString() {
        return word;
    }
}
