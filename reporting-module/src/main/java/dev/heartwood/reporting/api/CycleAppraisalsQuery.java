package dev.heartwood.reporting.api;

import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.StaffId;

/**
 * Asks for a page of a cycle's appraisals and exemptions, as its school's leaders and HR follow them; answered with
 * a {@code ReportPage} of {@link AppraisalRow}.
 *
 * @param status      only the appraisals of this status, or {@code null} for all
 * @param appraiserId only the appraisals of this appraiser, or {@code null} for all
 */
public record CycleAppraisalsQuery(CycleId cycleId, AppraisalStatus status, StaffId appraiserId, AppraisalSort sort,
                                   int page, int size) {
}
