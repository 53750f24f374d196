package dev.heartwood.reporting.api;

import java.util.UUID;

/** One of a school's improvement priorities for a year, as the school named it. */
public record SchoolPriorityRow(UUID priorityId, String title) {
}
