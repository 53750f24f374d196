package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** One party signed off the review, with an optional comment. */
@Revision("1")
public record ReviewSignedOff(AppraisalId appraisalId, SchoolId schoolId, AppraisalParty party,
                              PersonalText comment, @HappenedOn LocalDate signedOn) {
}
