package dev.heartwood.reporting.api;

import dev.heartwood.learning.api.ComplianceStatus;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Asks for a page of the training compliance matrix on a day.
 *
 * @param schools       the schools covered, by id, with their names
 * @param status        only rows of this status, or {@code null} for all
 * @param requirementId only rows of this requirement, or {@code null} for all
 */
public record ComplianceMatrixQuery(Map<UUID, String> schools, LocalDate on, ComplianceStatus status, UUID requirementId,
                             ComplianceSort sort, int page, int size) {
}
