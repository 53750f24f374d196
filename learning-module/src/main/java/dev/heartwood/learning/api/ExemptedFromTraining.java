package dev.heartwood.learning.api;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrainingRecordId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A person is exempt from a requirement from {@code from} to {@code until}, both included, for the reason given. */
@Revision("1")
public record ExemptedFromTraining(TrainingRecordId recordId, StaffId staffId, SchoolId schoolId,
                                   RequirementId requirementId, PersonalText reason, LocalDate from,
                                   LocalDate until) {
}
