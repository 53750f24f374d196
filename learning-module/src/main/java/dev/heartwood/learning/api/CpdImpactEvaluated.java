package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The impact of completed professional learning was judged at one of Guskey's levels, with a note of the evidence. */
@Revision("1")
public record CpdImpactEvaluated(CpdActivityId activityId, StaffId staffId, SchoolId schoolId, UUID evaluationId,
                                 GuskeyLevel level, ImpactJudgement judgement, PersonalText note,
                                 @HappenedOn LocalDate evaluatedOn) {
}
