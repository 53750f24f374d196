package dev.heartwood.reporting.api;

/**
 * Asks for a page of the access log of a school, or of every school of a trust, newest first; answered by
 * {@link AccessLogRows}.
 */
public record AccessLogQuery(ReportScope scope, int page, int size) {
}
