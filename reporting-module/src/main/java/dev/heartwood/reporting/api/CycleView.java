package dev.heartwood.reporting.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A school's appraisal cycle for an academic year: its period, pay policy and deadlines, and how many of its
 * appraisals stand where. {@code lastEventIndex} is the position of the last event applied to it or its appraisals.
 *
 * @param payPolicy  PERFORMANCE_RELATED, NOT_PERFORMANCE_RELATED or HYBRID
 * @param appraisals every appraisal and exemption of the cycle, whatever its status
 */
public record CycleView(UUID cycleId, UUID schoolId, String academicYear, LocalDate periodStart, LocalDate periodEnd,
                        String payPolicy, LocalDate objectivesBy, LocalDate midYearReviewBy, LocalDate finalReviewBy,
                        LocalDate teacherPayDecisionBy, LocalDate headteacherPayDecisionBy, int appraisals,
                        int underWay, int completed, int exempt, int terminated, long lastEventIndex) {
}
