package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The appraisal is complete. */
@Revision("1")
public record AppraisalCompleted(AppraisalId appraisalId, SchoolId schoolId, @HappenedOn LocalDate completedOn) {
}
