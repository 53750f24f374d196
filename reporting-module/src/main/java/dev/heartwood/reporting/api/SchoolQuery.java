package dev.heartwood.reporting.api;

import dev.heartwood.kernel.SchoolId;

/** Asks for one school; answered with an optional {@link SchoolView}. */
public record SchoolQuery(SchoolId schoolId) {
}
