package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An appraisal under way, step by step: a day is empty until its step is done. Each party's agreement is to the
 * objectives as they now stand (setting or revising one asks for it again); the deadlines are the cycle's. Names come
 * from the directory and are empty until it has them.
 *
 * @param objectives             objectives in force, withdrawn ones not counted
 * @param disagreementRecordedOn the day a disagreement with the objectives was first recorded in writing
 */
public record AppraisalStepsRow(UUID appraisalId, UUID schoolId, String academicYear, UUID appraiseeId,
                                @Nullable String appraiseeName, UUID appraiserId, @Nullable String appraiserName,
                                int objectives, @Nullable LocalDate objectivesSetOn,
                                @Nullable LocalDate appraiseeAgreedOn, @Nullable LocalDate appraiserAgreedOn,
                                @Nullable LocalDate disagreementRecordedOn, @Nullable LocalDate midYearReviewOn,
                                @Nullable LocalDate selfReviewOn, @Nullable LocalDate finalReviewOn,
                                @Nullable LocalDate reportIssuedOn, @Nullable LocalDate appraiseeSignedOffOn,
                                @Nullable LocalDate appraiserSignedOffOn, LocalDate objectivesBy,
                                LocalDate midYearReviewBy, LocalDate finalReviewBy, long lastEventIndex) {
}
