package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The governors who appraise the headteacher, and their chair. */
@Revision("1")
public record GovernorsPanelAppointed(AppraisalId appraisalId, SchoolId schoolId, List<StaffId> governorIds,
                                      StaffId chairId, @HappenedOn LocalDate appointedOn) {
}
