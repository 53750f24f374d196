package dev.heartwood.reporting.api;

import dev.heartwood.learning.api.ComplianceStatus;
import dev.heartwood.learning.api.TrainingCategory;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Asks for a page of the training compliance matrix of a school or trust on a day: each person against each
 * requirement that applies to them then; answered with a {@code ReportPage} of {@link ComplianceRow}.
 *
 * @param status        only rows of this status, or {@code null} for all
 * @param requirementId only rows of this requirement, or {@code null} for all
 * @param category      only rows of requirements of this category, or {@code null} for all
 */
public record ComplianceMatrixQuery(ReportScope scope, LocalDate on, ComplianceStatus status, UUID requirementId,
                                    TrainingCategory category, ComplianceSort sort, int page, int size) {

    /** Every category: the API's matrix, which filters by status and requirement only. */
    public ComplianceMatrixQuery(ReportScope scope, LocalDate on, ComplianceStatus status, UUID requirementId,
                                 ComplianceSort sort, int page, int size) {
        this(scope, on, status, requirementId, null, sort, page, size);
    }
}
