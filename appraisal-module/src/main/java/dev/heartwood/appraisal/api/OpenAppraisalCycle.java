package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Map;

/**
 * Sent by the headteacher (or the trust for its schools) to open a school's appraisal cycle for an academic year.
 * The frameworks map each appraised staff category to the standards its members are appraised against.
 */
public record OpenAppraisalCycle(@TargetAggregateIdentifier CycleId cycleId, SchoolId schoolId,
                                 AcademicYear academicYear, LocalDate periodStart, LocalDate periodEnd,
                                 CycleDeadlines deadlines, PayPolicy payPolicy,
                                 Map<StaffCategory, StandardsFramework> frameworks, int maxObjectives) {
}
