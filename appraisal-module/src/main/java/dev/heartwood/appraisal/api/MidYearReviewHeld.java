package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The mid-year review took place on {@code heldOn}. */
@Revision("1")
public record MidYearReviewHeld(AppraisalId appraisalId, SchoolId schoolId, @HappenedOn LocalDate heldOn,
                                PersonalText summary) {
}
