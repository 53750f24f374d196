package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Sent by the governing board to name the two or three governors who appraise the headteacher, one as chair.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record AppointGovernorsPanel(@TargetAggregateIdentifier AppraisalId appraisalId, List<StaffId> governorIds,
                                    StaffId chairId, LocalDate on) {
}
