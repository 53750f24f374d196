package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The governors consulted the external adviser at a stage of the headteacher's appraisal. */
@Revision("1")
public record ExternalAdviserConsulted(AppraisalId appraisalId, SchoolId schoolId, ConsultationStage stage,
                                       PersonalText advice, @HappenedOn LocalDate consultedOn) {
}
