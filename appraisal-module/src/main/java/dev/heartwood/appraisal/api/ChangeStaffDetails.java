package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the school's administrator to correct a person's name or e-mail address. */
public record ChangeStaffDetails(@TargetAggregateIdentifier StaffId staffId, PersonalText name, PersonalText email) {
}
