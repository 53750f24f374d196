package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ConfidentialText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Sent by either party to note progress during the year; a confidential note is seen by the two of them only. */
public record AddProgressNote(@TargetAggregateIdentifier AppraisalId appraisalId, UUID noteId, ConfidentialText note,
                              boolean confidential) {
}
