package dev.heartwood.reporting.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One appraisal in the completion tracker, flat so that it fits a CSV line. A date is empty until that step is
 * done. Days late count, for each deadline of the cycle, the days between the deadline and the day the step was
 * done; while an appraisal is under way, a step not yet done counts as of today once its deadline has passed (0
 * before). They are empty where nothing more is expected: for an exemption, and for a step left undone by an
 * appraisal that was completed or ended early.
 *
 * @param status               UNDER_WAY, EXEMPT, COMPLETED or TERMINATED
 * @param category             the category the appraisal started with (the person's current one for an exemption)
 * @param objectives           objectives in force, withdrawn ones not counted
 * @param objectivesSetOn      the day the first objective in force was set; the objectives deadline is met by it
 * @param objectivesAgreedOn   the day both parties had agreed the objectives as they now stand
 * @param daysLate             the most days late against any deadline, by which {@code sort=daysLate} orders
 */
public record CompletionRow(UUID appraisalId, UUID schoolId, String schoolName, UUID cycleId, String academicYear,
                            UUID staffId, String staffName, String category, UUID appraiserId, String appraiserName,
                            String exemption, String status, int objectives, LocalDate objectivesSetOn,
                            LocalDate objectivesAgreedOn, boolean disagreementRecorded, LocalDate midYearReviewOn,
                            LocalDate selfReviewOn, LocalDate finalReviewOn, LocalDate reportIssuedOn,
                            LocalDate appraiseeSignedOffOn, LocalDate appraiserSignedOffOn, LocalDate completedOn,
                            Integer objectivesDaysLate, Integer midYearReviewDaysLate, Integer finalReviewDaysLate,
                            Integer daysLate) {
}
