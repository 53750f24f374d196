package dev.heartwood.learning.api;

import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrainingRecordId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the school's HR or office staff (or the person) when someone has completed a piece of required training,
 * with the certificate where there is one.
 *
 * @param certificateReference the certificate's number or where it is filed, or {@code null}
 */
public record RecordTrainingCompletion(StaffId staffId, RequirementId requirementId, LocalDate completedOn,
                                       String provider, String certificateReference) {

    @TargetAggregateIdentifier
    public TrainingRecordId recordId() {
        return TrainingRecords.of(staffId);
    }
}
