package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An objective, with how success will be judged, was set for the appraisee on {@code setOn}. */
@Revision("1")
public record ObjectiveSet(AppraisalId appraisalId, SchoolId schoolId, StaffId appraiseeId, ObjectiveId objectiveId,
                           PersonalText title, PersonalText successCriteria, LocalDate setOn) {
}
