package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A completed appraisal was reopened: outcomes, report and sign-offs can be done again. */
@Revision("1")
public record AppraisalReopened(AppraisalId appraisalId, SchoolId schoolId, PersonalText reason,
                                @HappenedOn LocalDate reopenedOn) {
}
