package dev.heartwood.reporting.api;

import dev.heartwood.kernel.SchoolId;

/**
 * Asks for a page of a school's requests for professional learning awaiting a decision, the approvers' queue with
 * the cost and cover each asks for; answered with a {@code ReportPage} of {@link CpdActivityRow}.
 */
public record PendingCpdRequestsQuery(SchoolId schoolId, CpdRequestSort sort, int page, int size) {
}
