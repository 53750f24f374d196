package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The appraisee was told which framework of standards applies to them. */
@Revision("1")
public record StandardsCommunicated(AppraisalId appraisalId, SchoolId schoolId, String framework,
                                    @HappenedOn LocalDate communicatedOn) {
}
