package dev.heartwood.web.learning;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.learning.api.EvaluateCpdImpact;
import dev.heartwood.learning.api.GuskeyLevel;
import dev.heartwood.learning.api.ImpactJudgement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A judgement of completed learning's impact at one of Guskey's levels, with the evidence. The evaluation's
 * identifier is chosen when the form is shown, so that sending the form twice records it once.
 */
record EvaluationForm(
        @NotNull(message = "The form has expired: open the learning again") UUID evaluationId,
        @NotNull(message = "Choose the level you are judging") GuskeyLevel level,
        @NotNull(message = "Choose how much impact you have seen") ImpactJudgement judgement,
        @NotBlank(message = "Say what shows the impact")
        @Size(max = 2000, message = "The evidence must be 2000 characters or fewer") String note) {

    static EvaluationForm blank() {
        return new EvaluationForm(UUID.randomUUID(), null, null, null);
    }

    EvaluateCpdImpact command(CpdActivityId activityId) {
        return new EvaluateCpdImpact(activityId, evaluationId, level, judgement, PersonalText.of(note.strip()));
    }
}
