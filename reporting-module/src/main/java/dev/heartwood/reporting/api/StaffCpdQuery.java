package dev.heartwood.reporting.api;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.StaffId;

/**
 * Asks for a page of a person's professional learning, requested or logged, over the years; answered with a
 * {@code ReportPage} of {@link CpdActivityRow}.
 *
 * @param status       only the learning of this status, or {@code null} for all
 * @param academicYear only the learning counted in this year, or {@code null} for every year
 */
public record StaffCpdQuery(StaffId staffId, CpdStatus status, AcademicYear academicYear, CpdSort sort, int page,
                            int size) {
}
