package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the governors' panel to name the external adviser who supports the headteacher's appraisal. */
public record AppointExternalAdviser(@TargetAggregateIdentifier AppraisalId appraisalId, PersonalText name,
                                     String organisation) {
}
