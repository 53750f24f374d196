package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** One party agreed the objectives listed. */
@Revision("1")
public record ObjectivesAgreed(AppraisalId appraisalId, SchoolId schoolId, AppraisalParty party,
                               List<ObjectiveId> objectiveIds, @HappenedOn LocalDate agreedOn) {
}
