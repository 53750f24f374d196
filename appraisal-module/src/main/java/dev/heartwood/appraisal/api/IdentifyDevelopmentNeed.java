package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by either party when the appraisal shows a need that professional learning can meet. */
public record IdentifyDevelopmentNeed(@TargetAggregateIdentifier AppraisalId appraisalId, DevelopmentNeedId needId,
                                      PersonalText description) {
}
