package dev.heartwood.reporting.history;

import dev.heartwood.appraisal.api.SchoolPriorityAdded;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CPDCompleted;
import dev.heartwood.learning.api.CompletedCpdLogged;
import dev.heartwood.learning.api.CompletedLearning;
import dev.heartwood.learning.api.CpdActivityApproved;
import dev.heartwood.learning.api.CpdActivityDeclined;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.CpdImpactEvaluated;
import dev.heartwood.learning.api.CpdLinkedToDevelopmentNeed;
import dev.heartwood.learning.api.CpdLinks;
import dev.heartwood.learning.api.CpdProposal;
import dev.heartwood.learning.api.CpdReflectionRecorded;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.learning.api.CpdUnlinkedFromObjective;
import dev.heartwood.learning.api.GuskeyLevel;
import dev.heartwood.learning.api.ImpactJudgement;
import dev.heartwood.reporting.api.CpdActivityView;
import dev.heartwood.reporting.api.CpdActivityView.Evaluation;
import dev.heartwood.reporting.api.CpdActivityView.Link;
import dev.heartwood.reporting.api.CpdActivityView.LinkChange;
import dev.heartwood.reporting.api.CpdActivityView.LinkKind;
import dev.heartwood.reporting.api.CpdActivityView.Reflection;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A teacher's course folded from its events into the learning its owner reads, every step with its day. */
class LearningAsRecordedTest {

    private static final CpdActivityId COURSE = new CpdActivityId(UUID.randomUUID());
    private static final StaffId TEACHER = new StaffId(UUID.randomUUID());
    private static final SchoolId SCHOOL = new SchoolId(UUID.randomUUID());
    private static final ObjectiveId READING = new ObjectiveId(UUID.randomUUID());
    private static final PriorityId PRIORITY = new PriorityId(UUID.randomUUID());
    private static final DevelopmentNeedId PHONICS = new DevelopmentNeedId(UUID.randomUUID());
    private static final UUID EVALUATION = UUID.randomUUID();
    private static final Map<UUID, String> LABELS = Map.of(READING.value(), "Raise Year 4 reading fluency",
            PHONICS.value(), "Phonics for older readers");

    private final List<EventMessage<?>> history = new ArrayList<>();

    private void recorded(Object event) {
        history.add(GenericEventMessage.asEventMessage(event));
    }

    private static LocalDate june(int day) {
        return LocalDate.of(2026, 6, day);
    }

    private void aCourseAskedForToServeAnObjectiveAndAPriority() {
        recorded(new CpdActivityRequested(COURSE, TEACHER, SCHOOL, new CpdProposal(PersonalText.of("Phonics leadership"),
                CpdType.COURSE, PersonalText.of("English hub"), june(20), june(20), new BigDecimal("6"),
                new BigDecimal("150"), BigDecimal.ONE, PersonalText.of("Year 4 read with more fluency")),
                new CpdLinks(List.of(READING), List.of(), List.of(PRIORITY)), june(1)));
    }

    private CpdActivityView view() {
        return LearningAsRecorded.of(history).orElseThrow().view(LABELS::get, 42);
    }

    @Test
    void aRequestAwaitsADecisionWithWhatItAskedForAndServes() {
        aCourseAskedForToServeAnObjectiveAndAPriority();

        CpdActivityView learning = view();

        assertThat(learning.status()).isEqualTo("REQUESTED");
        assertThat(learning.logged()).isFalse();
        assertThat(learning.title()).isEqualTo("Phonics leadership");
        assertThat(learning.provider()).isEqualTo("English hub");
        assertThat(learning.requestedOn()).isEqualTo(june(1));
        assertThat(learning.expectedCost()).isEqualByComparingTo("150");
        assertThat(learning.coverDays()).isEqualByComparingTo("1");
        assertThat(learning.intendedImpact()).isEqualTo("Year 4 read with more fluency");
        assertThat(learning.decidedOn()).isNull();
        assertThat(learning.links()).containsExactly(
                new Link(LinkKind.OBJECTIVE, READING.value(), "Raise Year 4 reading fluency", june(1)),
                new Link(LinkKind.PRIORITY, PRIORITY.value(), null, june(1)));
        assertThat(learning.lastEventIndex()).isEqualTo(42);
    }

    @Test
    void completedLearningHasItsDecisionCompletionReflectionsEvaluationsAndLinksOverTime() {
        aCourseAskedForToServeAnObjectiveAndAPriority();
        recorded(new CpdActivityApproved(COURSE, TEACHER, SCHOOL, june(3)));
        recorded(new CPDCompleted(COURSE, TEACHER, SCHOOL, june(20), new BigDecimal("6.5"), new BigDecimal("140"),
                "EH-2026-17"));
        recorded(new CpdReflectionRecorded(COURSE, TEACHER, SCHOOL, PersonalText.of("Decodable texts"), june(21)));
        recorded(new CpdReflectionRecorded(COURSE, TEACHER, SCHOOL, PersonalText.of("And daily practice"), june(28)));
        recorded(new CpdImpactEvaluated(COURSE, TEACHER, SCHOOL, EVALUATION, GuskeyLevel.REACTIONS,
                ImpactJudgement.STRONG, PersonalText.of("Rated highly"), june(21)));
        recorded(new CpdUnlinkedFromObjective(COURSE, TEACHER, SCHOOL, READING, june(25)));
        recorded(new CpdLinkedToDevelopmentNeed(COURSE, TEACHER, SCHOOL, PHONICS, june(25)));

        CpdActivityView learning = view();

        assertThat(learning.status()).isEqualTo("COMPLETED");
        assertThat(learning.decidedOn()).isEqualTo(june(3));
        assertThat(learning.completedOn()).isEqualTo(june(20));
        assertThat(learning.completedHours()).isEqualByComparingTo("6.5");
        assertThat(learning.completedCost()).isEqualByComparingTo("140");
        assertThat(learning.certificateReference()).isEqualTo("EH-2026-17");
        assertThat(learning.reflections()).containsExactly(new Reflection("Decodable texts", june(21)),
                new Reflection("And daily practice", june(28)));
        assertThat(learning.evaluations()).containsExactly(new Evaluation(EVALUATION, GuskeyLevel.REACTIONS,
                ImpactJudgement.STRONG, "Rated highly", june(21)));
        assertThat(learning.links()).extracting(Link::targetId).containsExactly(PRIORITY.value(), PHONICS.value());
        assertThat(learning.linkHistory()).containsExactly(
                new LinkChange(june(1), LinkKind.OBJECTIVE, READING.value(), "Raise Year 4 reading fluency", true),
                new LinkChange(june(1), LinkKind.PRIORITY, PRIORITY.value(), null, true),
                new LinkChange(june(25), LinkKind.OBJECTIVE, READING.value(), "Raise Year 4 reading fluency", false),
                new LinkChange(june(25), LinkKind.DEVELOPMENT_NEED, PHONICS.value(), "Phonics for older readers",
                        true));
    }

    @Test
    void aDeclinedRequestKeepsItsReason() {
        aCourseAskedForToServeAnObjectiveAndAPriority();
        recorded(new CpdActivityDeclined(COURSE, TEACHER, SCHOOL, PersonalText.of("No budget"), june(3)));

        CpdActivityView learning = view();

        assertThat(learning.status()).isEqualTo("DECLINED");
        assertThat(learning.decidedOn()).isEqualTo(june(3));
        assertThat(learning.declineReason()).isEqualTo("No budget");
    }

    @Test
    void learningLoggedAsDoneIsCompletedWithoutARequest() {
        recorded(new CompletedCpdLogged(COURSE, TEACHER, SCHOOL, new CompletedLearning(
                PersonalText.of("Reading Reconsidered"), CpdType.READING, null, june(1), june(14),
                new BigDecimal("8"), BigDecimal.ZERO, null), new CpdLinks(List.of(), List.of(PHONICS), List.of()),
                june(15)));

        CpdActivityView learning = view();

        assertThat(learning.logged()).isTrue();
        assertThat(learning.status()).isEqualTo("COMPLETED");
        assertThat(learning.requestedOn()).isEqualTo(june(15));
        assertThat(learning.startsOn()).isEqualTo(june(1));
        assertThat(learning.completedOn()).isEqualTo(june(14));
        assertThat(learning.completedHours()).isEqualByComparingTo("8");
        assertThat(learning.expectedHours()).isNull();
        assertThat(learning.intendedImpact()).isNull();
        assertThat(learning.links()).containsExactly(new Link(LinkKind.DEVELOPMENT_NEED, PHONICS.value(),
                "Phonics for older readers", june(15)));
    }

    @Test
    void theEventsOfAnotherKindOfRecordAreNoLearning() {
        recorded(new SchoolPriorityAdded(SCHOOL, PRIORITY, new AcademicYear(2025), "Reading for pleasure"));

        assertThat(LearningAsRecorded.of(history)).isEmpty();
    }
}
