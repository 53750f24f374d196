package dev.heartwood.reporting.api;

/**
 * The orders a school's staff can be listed in; each ends on the name and the staff id so that pages are stable. A
 * request names one as {@code name}, {@code externalId} or {@code startDate}.
 */
public enum StaffSort {
    /** by name */
    NAME,
    /** by the MIS identifier, people without one last */
    EXTERNAL_ID,
    /** the latest to start first */
    START_DATE
}
