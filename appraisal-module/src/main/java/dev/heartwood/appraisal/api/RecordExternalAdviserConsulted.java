package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the panel's chair once the external adviser has been consulted at a stage.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record RecordExternalAdviserConsulted(@TargetAggregateIdentifier AppraisalId appraisalId,
                                             ConsultationStage stage, PersonalText advice, LocalDate on) {
}
