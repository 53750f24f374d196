package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ConfidentialText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Sent by either party to point at evidence held elsewhere (no portfolios: a reference, not a file). */
public record ReferenceEvidence(@TargetAggregateIdentifier AppraisalId appraisalId, UUID evidenceId,
                                ConfidentialText description, ConfidentialText reference, boolean confidential) {
}
