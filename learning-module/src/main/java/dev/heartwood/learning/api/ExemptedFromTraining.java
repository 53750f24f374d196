package dev.heartwood.learning.api;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrainingRecordId;
import org.axonframework.serialization.Revision;

/**
 * A person is exempt from a requirement for a period, both ends included, for the reason given.
 * <p>
 * Revision 2 carries the period as the {@link ExemptionPeriod} that compliance is computed from; revision 1 had
 * its two dates as loose {@code from} and {@code until} fields, and is upcast when it is read.
 */
@Revision("2")
public record ExemptedFromTraining(TrainingRecordId recordId, StaffId staffId, SchoolId schoolId,
                                   RequirementId requirementId, PersonalText reason, ExemptionPeriod period) {
}
