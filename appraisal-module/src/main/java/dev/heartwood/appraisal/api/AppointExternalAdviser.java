package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the governors' panel to name the external adviser who supports the headteacher's appraisal.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record AppointExternalAdviser(@TargetAggregateIdentifier AppraisalId appraisalId, PersonalText name,
                                     String organisation, LocalDate on) {
}
