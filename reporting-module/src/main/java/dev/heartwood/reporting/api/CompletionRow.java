package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One appraisal in the completion tracker, flat so that it fits a CSV line. A date is empty until that step is
 * done. Days late count, for each deadline of the cycle, the days between the deadline and the day the step was
 * done; while an appraisal is under way, a step not yet done counts as of today once its deadline has passed (0
 * before). They are empty where nothing more is expected: for an exemption, and for a step left undone by an
 * appraisal that was completed or ended early.
 *
 * @param status                 UNDER_WAY, EXEMPT, COMPLETED or TERMINATED
 * @param stage                  where the appraisal stands: its status once it is no longer under way; while it is,
 *                               the first step not yet done: OBJECTIVES, MID_YEAR_REVIEW, FINAL_REVIEW, REPORT, or
 *                               SIGN_OFF (the report is issued, its sign-offs or completion are to come)
 * @param category               the category the appraisal started with (the person's current one for an
 *                               exemption)
 * @param objectives             objectives in force, withdrawn ones not counted
 * @param objectivesSetOn        the day the first objective in force was set
 * @param objectivesAgreedOn     the day both parties had agreed the objectives as they now stand
 * @param disagreementRecordedOn the day a disagreement with the objectives was first recorded in writing
 * @param objectivesDoneOn       the day the objectives step was first done: both parties had agreed them, or a
 *                               disagreement was recorded; the objectives deadline is measured by it
 * @param daysLate               the most days late against any deadline, by which {@code sort=daysLate} orders
 */
public record CompletionRow(UUID appraisalId, UUID schoolId, @Nullable String schoolName, UUID cycleId,
                            String academicYear, UUID staffId, @Nullable String staffName, String category,
                            @Nullable UUID appraiserId, @Nullable String appraiserName, @Nullable String exemption,
                            String status, String stage, int objectives, @Nullable LocalDate objectivesSetOn,
                            @Nullable LocalDate objectivesAgreedOn, boolean disagreementRecorded,
                            @Nullable LocalDate disagreementRecordedOn, @Nullable LocalDate objectivesDoneOn,
                            @Nullable LocalDate midYearReviewOn, @Nullable LocalDate selfReviewOn,
                            @Nullable LocalDate finalReviewOn, @Nullable LocalDate reportIssuedOn,
                            @Nullable LocalDate appraiseeSignedOffOn, @Nullable LocalDate appraiserSignedOffOn,
                            @Nullable LocalDate completedOn, @Nullable Integer objectivesDaysLate,
                            @Nullable Integer midYearReviewDaysLate, @Nullable Integer finalReviewDaysLate,
                            @Nullable Integer daysLate) {
}
