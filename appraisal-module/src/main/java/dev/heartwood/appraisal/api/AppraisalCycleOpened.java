package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Map;

/** A school's appraisal cycle for an academic year was opened, with its period, deadlines and policy. */
@Revision("1")
public record AppraisalCycleOpened(CycleId cycleId, SchoolId schoolId, AcademicYear academicYear,
                                   LocalDate periodStart, LocalDate periodEnd, CycleDeadlines deadlines,
                                   PayPolicy payPolicy, Map<StaffCategory, StandardsFramework> frameworks,
                                   int maxObjectives) {
}
