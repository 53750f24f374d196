package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Another colleague now appraises the appraisee. */
@Revision("1")
public record AppraiserChanged(AppraisalId appraisalId, SchoolId schoolId, StaffId appraiserId,
                               @HappenedOn LocalDate changedOn) {
}
