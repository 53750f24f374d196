package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the panel's chair once the external adviser has been consulted at a stage. */
public record RecordExternalAdviserConsulted(@TargetAggregateIdentifier AppraisalId appraisalId,
                                             ConsultationStage stage, PersonalText advice) {
}
