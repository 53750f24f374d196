package dev.heartwood.reporting.api;

import dev.heartwood.kernel.StaffId;

/**
 * Asks for a page of a person's own appraisals and exemptions over the years; answered with a {@code ReportPage} of
 * {@link AppraisalRow}.
 *
 * @param status only the appraisals of this status, or {@code null} for all
 */
public record StaffAppraisalsQuery(StaffId staffId, AppraisalStatus status, AppraisalSort sort, int page, int size) {
}
