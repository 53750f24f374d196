package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The final review took place on {@code heldOn}; the objectives are now fixed. */
@Revision("1")
public record FinalReviewHeld(AppraisalId appraisalId, SchoolId schoolId, @HappenedOn LocalDate heldOn) {
}
