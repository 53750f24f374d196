package dev.heartwood.reporting.api;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.StaffId;

/**
 * Asks for a page of the appraisals an appraiser holds, the people they appraise, as the appraiser works through
 * them; answered with a {@code ReportPage} of {@link AppraisalRow}.
 *
 * @param academicYear only the appraisals of this year, or {@code null} for every year
 * @param status       only the appraisals of this status, or {@code null} for all
 */
public record AppraiseesQuery(StaffId appraiserId, AcademicYear academicYear, AppraisalStatus status,
                              AppraisalSort sort, int page, int size) {
}
