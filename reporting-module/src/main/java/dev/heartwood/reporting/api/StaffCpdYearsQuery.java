package dev.heartwood.reporting.api;

import dev.heartwood.kernel.StaffId;

/**
 * Asks for a person's completed professional learning year by year, the latest year first: how much they completed,
 * the hours it took and what it cost; answered with a {@code ReportPage} of {@link CpdYearRow}.
 */
public record StaffCpdYearsQuery(StaffId staffId, int page, int size) {
}
