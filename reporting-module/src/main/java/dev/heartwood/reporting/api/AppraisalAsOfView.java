package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An appraisal as it stood at an instant ({@code asOf}), rebuilt from the events recorded by then; later changes,
 * corrections included, do not show.
 *
 * @param lastChangedAt     when the last of those events was recorded
 * @param status            UNDER_WAY, EXEMPT, COMPLETED or TERMINATED
 * @param appraiserId       {@code null} for an exemption
 * @param exemption         the reason for an exemption, otherwise {@code null}
 * @param objectives        in the order they were set, withdrawn ones included
 * @param agreedBy          the parties whose agreement to the objectives then stood (a change asks for it again)
 * @param reportIssuedOn    the report that then stood; a reopening sets it aside
 * @param signedOffBy       the sign-offs that then stood; a reopening sets them aside
 * @param completedOn       while it stood completed, the day it was
 * @param reopenedOn        the day of each reopening so far
 */
public record AppraisalAsOfView(UUID appraisalId, Instant asOf, Instant lastChangedAt, UUID cycleId, UUID schoolId,
                                String academicYear, String status, UUID appraiseeId, @Nullable UUID appraiserId,
                                @Nullable String exemption, LocalDate startedOn, boolean standardsCommunicated,
                                List<ObjectiveAsOf> objectives, List<String> agreedBy,
                                @Nullable LocalDate midYearReviewOn, @Nullable LocalDate selfReviewOn,
                                @Nullable LocalDate finalReviewOn, @Nullable LocalDate reportIssuedOn,
                                List<String> signedOffBy, @Nullable LocalDate completedOn, List<LocalDate> reopenedOn)
        implements AppraisalNarrative {

    @Override
    public Optional<UUID> narrativeOf() {
        return Optional.of(appraisalId);
    }

    /**
     * An objective with the terms that then stood.
     *
     * @param revisions how many times it had been revised
     * @param outcome   MET, PARTIALLY_MET, NOT_MET, CONTINUING, or {@code null} before one was recorded
     */
    public record ObjectiveAsOf(UUID objectiveId, String title, String successCriteria, List<String> standards,
                                List<UUID> priorities, LocalDate setOn, int revisions,
                                @Nullable LocalDate lastRevisedOn, @Nullable LocalDate withdrawnOn,
                                @Nullable String outcome) {
    }
}
