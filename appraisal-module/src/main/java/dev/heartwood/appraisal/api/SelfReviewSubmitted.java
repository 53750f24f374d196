package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The appraisee's reflection on the year. */
@Revision("1")
public record SelfReviewSubmitted(AppraisalId appraisalId, SchoolId schoolId, PersonalText reflection,
                                  @HappenedOn LocalDate submittedOn) {
}
