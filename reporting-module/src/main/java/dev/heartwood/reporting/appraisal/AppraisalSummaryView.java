package dev.heartwood.reporting.appraisal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An appraisal at a glance: who, for which year, and its objectives in the order they were set.
 * {@code lastEventIndex} is the global position of the last event applied to this summary.
 */
public record AppraisalSummaryView(UUID appraisalId, UUID schoolId, String academicYear, Person appraisee,
                                   Person appraiser, LocalDate startedOn, List<ObjectiveView> objectives,
                                   long lastEventIndex) {

    /** A person by id, with their name once the directory has it. */
    public record Person(UUID staffId, String name) {
    }

    public record ObjectiveView(UUID objectiveId, String title, String successCriteria, LocalDate setOn) {
    }
}
