package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The external adviser for the headteacher's appraisal. */
@Revision("1")
public record ExternalAdviserAppointed(AppraisalId appraisalId, SchoolId schoolId, PersonalText name,
                                       String organisation, @HappenedOn LocalDate appointedOn) {
}
