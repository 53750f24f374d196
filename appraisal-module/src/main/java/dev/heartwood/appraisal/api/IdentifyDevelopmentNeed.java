package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by either party when the appraisal shows a need that professional learning can meet.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record IdentifyDevelopmentNeed(@TargetAggregateIdentifier AppraisalId appraisalId, DevelopmentNeedId needId,
                                      PersonalText description, LocalDate on) {
}
