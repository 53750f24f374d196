package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Sent by the member of staff, their line manager or the CPD lead when they judge the impact of completed
 * learning at one of Guskey's levels: often the reactions straight away and the use in class or pupil outcomes a
 * term or two later. The evaluation's identifier makes a retry harmless.
 */
public record EvaluateCpdImpact(@TargetAggregateIdentifier CpdActivityId activityId, UUID evaluationId,
                                GuskeyLevel level, ImpactJudgement judgement, PersonalText note) {
}
