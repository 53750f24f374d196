package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the headteacher or the appraiser at the start of the cycle: one appraisal per person and cycle. */
public record StartAppraisal(@TargetAggregateIdentifier AppraisalId appraisalId, CycleId cycleId,
                             StaffId appraiseeId, StaffId appraiserId) {
}
