package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent when the appraiser changes during the year, for example when a line manager leaves. */
public record ChangeAppraiser(@TargetAggregateIdentifier AppraisalId appraisalId, StaffId appraiserId) {
}
