package dev.heartwood.reporting.api;

import dev.heartwood.learning.api.TrainingCategory;
import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * How a school stands against one requirement that applies to at least one of its staff on a day. The counts of what falls due within 30, 60 and 90 days
 * after the day are cumulative and count a renewal of a completion as well as a first completion not yet made.
 *
 * @param schoolId        the school whose staff are counted (a trust's requirement is counted once per school)
 * @param appliesTo       people it applies to on the day, exempt ones included
 * @param compliant       people whose completion is valid on the day, even if its renewal is coming up
 * @param overdue         people never trained in it whose due date and grace days have passed (status OVERDUE, as
 *                        the matrix filters them)
 * @param shareCompliant  {@code compliant} over {@code appliesTo}, from 0 to 1, to three places
 */
public record ComplianceSummaryRow(UUID schoolId, @Nullable String schoolName, UUID requirementId,
                                   String requirementTitle, TrainingCategory category, int appliesTo, int compliant,
                                   int exempt, int overdue, BigDecimal shareCompliant, int dueWithin30Days,
                                   int dueWithin60Days, int dueWithin90Days) {
}
