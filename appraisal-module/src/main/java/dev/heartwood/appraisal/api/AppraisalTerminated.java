package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The appraisal ended early because the appraisee left on {@code leftOn}. */
@Revision("1")
public record AppraisalTerminated(AppraisalId appraisalId, SchoolId schoolId, @HappenedOn LocalDate leftOn,
                                  LocalDate terminatedOn) {
}
