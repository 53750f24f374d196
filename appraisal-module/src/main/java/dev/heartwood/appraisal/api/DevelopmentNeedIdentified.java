package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A development need that professional learning can be linked to. */
@Revision("1")
public record DevelopmentNeedIdentified(AppraisalId appraisalId, SchoolId schoolId, DevelopmentNeedId needId,
                                        PersonalText description, @HappenedOn LocalDate identifiedOn) {
}
