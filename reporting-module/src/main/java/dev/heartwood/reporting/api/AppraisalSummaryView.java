package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An appraisal at a glance: who, for which year, where it stands, and its objectives in the order they were set.
 * {@code lastEventIndex} is the global position of the last event applied to this summary.
 *
 * @param status    UNDER_WAY, EXEMPT, COMPLETED or TERMINATED
 * @param appraiser {@code null} for an exemption
 * @param exemption the reason for an exemption, otherwise {@code null}
 */
public record AppraisalSummaryView(UUID appraisalId, UUID cycleId, UUID schoolId, String academicYear, String status,
                                   Person appraisee, @Nullable Person appraiser, @Nullable String exemption,
                                   LocalDate startedOn, List<ObjectiveView> objectives,
                                   long lastEventIndex) implements AppraisalNarrative {

    @Override
    public Optional<UUID> narrativeOf() {
        return Optional.of(appraisalId);
    }

    /** A person by id, with their name once the directory has it. */
    public record Person(UUID staffId, @Nullable String name) {
    }

    /** @param outcome MET, PARTIALLY_MET, NOT_MET, CONTINUING, or {@code null} before the final review */
    public record ObjectiveView(UUID objectiveId, String title, String successCriteria, LocalDate setOn,
                                boolean withdrawn, @Nullable String outcome) implements AppraisalNarrative {
    }
}
