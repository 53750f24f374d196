package dev.heartwood.reporting.api;

import java.time.LocalDate;

/**
 * Asks how a school, or each school of a trust, stands against each requirement that applies to its staff on a day;
 * answered with a {@code ReportPage} of {@link ComplianceSummaryRow}, all on one page.
 */
public record ComplianceSummaryQuery(ReportScope scope, LocalDate on) {
}
