package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** An objective was revised, for the reason given; agreement to the objectives is needed again. */
@Revision("1")
public record ObjectiveRevised(AppraisalId appraisalId, SchoolId schoolId, ObjectiveId objectiveId,
                               PersonalText title, PersonalText successCriteria, List<String> standards,
                               List<PriorityId> priorities, PersonalText reason, @HappenedOn LocalDate revisedOn) {
}
