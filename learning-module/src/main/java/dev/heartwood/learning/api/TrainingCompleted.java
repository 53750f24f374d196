package dev.heartwood.learning.api;

import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrainingRecordId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A person completed required training on {@code completedOn}; its renewal date follows from the requirement. */
@Revision("1")
public record TrainingCompleted(TrainingRecordId recordId, StaffId staffId, SchoolId schoolId,
                                RequirementId requirementId, @HappenedOn LocalDate completedOn, String provider,
                                String certificateReference) {
}
