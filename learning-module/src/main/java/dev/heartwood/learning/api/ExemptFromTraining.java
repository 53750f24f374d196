package dev.heartwood.learning.api;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrainingRecordId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the headteacher or HR when a person need not do a piece of training for a time (long-term absence,
 * training held through another employer), with the reason.
 */
public record ExemptFromTraining(StaffId staffId, RequirementId requirementId, PersonalText reason,
                                 LocalDate from, LocalDate until) {

    @TargetAggregateIdentifier
    public TrainingRecordId recordId() {
        return TrainingRecords.of(staffId);
    }
}
