package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the headteacher when the school improvement plan for a year names a priority that objectives can serve. */
public record AddSchoolPriority(@TargetAggregateIdentifier SchoolId schoolId, PriorityId priorityId,
                                AcademicYear academicYear, String title) {
}
