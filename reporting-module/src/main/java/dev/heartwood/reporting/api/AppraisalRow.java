package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An appraisal in a list: whose, by whom, for which year and where it stands. Names come from the directory and are
 * empty until it has them; {@code lastEventIndex} is the position of the last event applied to the appraisal.
 *
 * @param appraiserId {@code null} for an exemption
 * @param status      UNDER_WAY, EXEMPT, COMPLETED or TERMINATED
 * @param exemption   the reason for @Nullable an exemption, otherwise {@code null}
 * @param objectives  the objectives in force, withdrawn ones not counted
 */
public record AppraisalRow(UUID appraisalId, UUID cycleId, UUID schoolId, String academicYear, UUID appraiseeId,
                           @Nullable String appraiseeName, @Nullable UUID appraiserId, @Nullable String appraiserName,
                           String status, @Nullable String exemption, LocalDate startedOn, int objectives,
                           long lastEventIndex) {
}
