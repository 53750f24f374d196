package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Sent by the governing board to name the two or three governors who appraise the headteacher, one as chair. */
public record AppointGovernorsPanel(@TargetAggregateIdentifier AppraisalId appraisalId, List<StaffId> governorIds,
                                    StaffId chairId) {
}
