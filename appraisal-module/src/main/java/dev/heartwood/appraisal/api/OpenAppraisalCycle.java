package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Sent by the headteacher (or the trust for its schools) to open a school's appraisal cycle for an academic year.
 * The frameworks map each appraised staff category to the standards its members are appraised against.
 */
public record OpenAppraisalCycle(@TargetAggregateIdentifier CycleId cycleId, SchoolId schoolId,
                                 AcademicYear academicYear, LocalDate periodStart, LocalDate periodEnd,
                                 CycleDeadlines deadlines, PayPolicy payPolicy,
                                 Map<StaffCategory, StandardsFramework> frameworks, int maxObjectives) {

    /** Five objectives, unless a school asks for another number. */
    public static final int DEFAULT_MAX_OBJECTIVES = 5;

    /**
     * A cycle with whatever a school leaves out ({@code null}) as usual: September to August, the usual deadlines,
     * the national standards for teachers and the headteacher, a general framework for support staff, and
     * {@value #DEFAULT_MAX_OBJECTIVES} objectives. Early career teachers serving induction are not appraised, so they
     * need none. The API's request and the cycle page both open a cycle through it.
     */
    public static OpenAppraisalCycle withDefaults(CycleId cycleId, SchoolId schoolId, AcademicYear year,
                                                  LocalDate periodStart, LocalDate periodEnd,
                                                  CycleDeadlines deadlines, PayPolicy payPolicy,
                                                  Map<StaffCategory, StandardsFramework> frameworks,
                                                  Integer maxObjectives) {
        Map<StaffCategory, StandardsFramework> standards = new EnumMap<>(StaffCategory.class);
        standards.put(StaffCategory.TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011);
        standards.put(StaffCategory.HEADTEACHER, StandardsFramework.HEADTEACHERS_STANDARDS_2020);
        standards.put(StaffCategory.SUPPORT_STAFF, StandardsFramework.SUPPORT_STAFF_DEFAULT);
        if (frameworks != null) {
            standards.putAll(frameworks);
        }
        return new OpenAppraisalCycle(cycleId, schoolId, year,
                periodStart != null ? periodStart : year.firstDay(AcademicYear.DEFAULT_FIRST_MONTH),
                periodEnd != null ? periodEnd : year.lastDay(AcademicYear.DEFAULT_FIRST_MONTH),
                deadlines != null ? deadlines : CycleDeadlines.defaultsFor(year), payPolicy, standards,
                maxObjectives != null ? maxObjectives : DEFAULT_MAX_OBJECTIVES);
    }
}
