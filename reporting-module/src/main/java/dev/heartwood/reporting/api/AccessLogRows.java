package dev.heartwood.reporting.api;

import java.util.List;

/** A page of the access log, newest first, with how many lines it has in all. */
public record AccessLogRows(List<AccessLogRow> lines, int page, int size, long total) {
}
