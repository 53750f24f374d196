package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** One party's written disagreement with the objectives. */
@Revision("1")
public record ObjectivesDisagreementRecorded(AppraisalId appraisalId, SchoolId schoolId, AppraisalParty party,
                                             PersonalText statement, @HappenedOn LocalDate recordedOn) {
}
