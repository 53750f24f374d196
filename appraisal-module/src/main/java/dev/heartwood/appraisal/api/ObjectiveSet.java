package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** An objective, with how success will be judged and the standards and school priorities it serves, was set. */
@Revision("1")
public record ObjectiveSet(AppraisalId appraisalId, SchoolId schoolId, StaffId appraiseeId,
                           ObjectiveId objectiveId, PersonalText title, PersonalText successCriteria,
                           List<String> standards, List<PriorityId> priorities, @HappenedOn LocalDate setOn) {
}
