package dev.heartwood.reporting.api;

/**
 * The orders the compliance matrix can be read in; each ends on the identifiers so that pages are stable. A request
 * names one as {@code person} or {@code status}.
 */
public enum ComplianceSort {
    /** by the person's name, then the requirement */
    PERSON,
    /** the gaps first (overdue, expired, due soon, not yet done, exempt, compliant), then by person */
    STATUS
}
