package dev.heartwood.learning.cpd;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.learning.api.CpdImpactEvaluated;
import dev.heartwood.learning.api.CpdReflectionRecorded;
import dev.heartwood.learning.api.EvaluateCpdImpact;
import dev.heartwood.learning.api.GuskeyLevel;
import dev.heartwood.learning.api.ImpactJudgement;
import dev.heartwood.learning.api.ReflectOnCpdActivity;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.heartwood.learning.api.CpdErrorCode.EVALUATION_NEEDS_COMPLETION;
import static dev.heartwood.learning.api.CpdErrorCode.REFLECTION_NEEDS_COMPLETION;
import static dev.heartwood.testing.Refusals.refusedWith;

/** Reflecting on completed learning and evaluating its impact, straight away and a term later. */
class CpdFollowUpTest extends CpdYear {

    private static final PersonalText REFLECTION = PersonalText.of("Blending drills at the start of each lesson");
    private static final PersonalText REACTION = PersonalText.of("Practical and well paced");

    private final UUID straightAway = UUID.randomUUID();
    private final UUID inTheSummer = UUID.randomUUID();

    private EvaluateCpdImpact reactions() {
        return new EvaluateCpdImpact(course, straightAway, GuskeyLevel.REACTIONS, ImpactJudgement.STRONG, REACTION);
    }

    private CpdImpactEvaluated reactionsEvaluated() {
        return new CpdImpactEvaluated(course, teacher, oakfield, straightAway, GuskeyLevel.REACTIONS,
                ImpactJudgement.STRONG, REACTION, TODAY);
    }

    @Test
    void recordsAReflectionOnCompletedLearningAndTakesTheSameAgainAsARetry() {
        CpdReflectionRecorded reflected = new CpdReflectionRecorded(course, teacher, oakfield, REFLECTION, TODAY);
        fixture.given(completedCourse()).when(new ReflectOnCpdActivity(course, REFLECTION)).expectEvents(reflected);
        fixture.given(completedCourse()).andGiven(reflected).when(new ReflectOnCpdActivity(course, REFLECTION))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void reflectionNeedsCompletion() {
        fixture.given(courseRequested(), courseApproved()).when(new ReflectOnCpdActivity(course, REFLECTION))
                .expectException(refusedWith(REFLECTION_NEEDS_COMPLETION));
    }

    @Test
    void evaluatesImpactStraightAwayAndAgainLaterAtAnotherLevel() {
        fixture.given(completedCourse()).when(reactions()).expectEvents(reactionsEvaluated());
        PersonalText later = PersonalText.of("Phonics screening practice scores up 12 points");
        fixture.given(completedCourse()).andGiven(reactionsEvaluated())
                .when(new EvaluateCpdImpact(course, inTheSummer, GuskeyLevel.PUPIL_OUTCOMES, ImpactJudgement.EVIDENT,
                        later))
                .expectEvents(new CpdImpactEvaluated(course, teacher, oakfield, inTheSummer,
                        GuskeyLevel.PUPIL_OUTCOMES, ImpactJudgement.EVIDENT, later, TODAY));
    }

    @Test
    void takesTheSameEvaluationSentAgainAsARetry() {
        fixture.given(completedCourse()).andGiven(reactionsEvaluated()).when(reactions())
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void evaluationNeedsCompletion() {
        fixture.given(courseRequested()).when(reactions()).expectException(refusedWith(EVALUATION_NEEDS_COMPLETION));
    }

    @Test
    void loggedLearningIsReflectedOnAndEvaluatedLikeAnyOther() {
        fixture.given(bookLogged()).when(new ReflectOnCpdActivity(course, REFLECTION))
                .expectEvents(new CpdReflectionRecorded(course, teacher, oakfield, REFLECTION, TODAY));
    }
}
