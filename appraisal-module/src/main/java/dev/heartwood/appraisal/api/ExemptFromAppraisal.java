package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent instead of starting an appraisal when the person is not appraised this cycle. */
public record ExemptFromAppraisal(@TargetAggregateIdentifier AppraisalId appraisalId, CycleId cycleId,
                                  StaffId appraiseeId, ExemptionReason reason, PersonalText note) {
}
