package dev.heartwood.reporting.api;

/** Where a piece of professional learning stands in a person's list of it; a request names one as written. */
public enum CpdStatus {
    REQUESTED,
    APPROVED,
    DECLINED,
    COMPLETED
}
