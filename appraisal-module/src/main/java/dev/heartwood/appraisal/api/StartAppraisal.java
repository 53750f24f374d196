package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the headteacher or the appraiser at the start of the year: one appraisal per person and year. */
public record StartAppraisal(@TargetAggregateIdentifier AppraisalId appraisalId, StaffId appraiseeId,
                             StaffId appraiserId, AcademicYear academicYear) {
}
