package dev.heartwood.reporting.api;

import dev.heartwood.kernel.StaffId;

/** Asks for one page of a person's timeline, oldest first; answered with a report page of {@link TimelineRow}s. */
public record StaffTimelineQuery(StaffId staffId, int page, int size) {
}
