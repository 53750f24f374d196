package dev.heartwood.learning.cpd;

import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.learning.api.CpdLinkedToDevelopmentNeed;
import dev.heartwood.learning.api.CpdLinkedToObjective;
import dev.heartwood.learning.api.CpdLinkedToSchoolPriority;
import dev.heartwood.learning.api.CpdUnlinkedFromDevelopmentNeed;
import dev.heartwood.learning.api.CpdUnlinkedFromObjective;
import dev.heartwood.learning.api.CpdUnlinkedFromSchoolPriority;
import dev.heartwood.learning.api.LinkCpdToDevelopmentNeed;
import dev.heartwood.learning.api.LinkCpdToObjective;
import dev.heartwood.learning.api.LinkCpdToSchoolPriority;
import dev.heartwood.learning.api.UnlinkCpdFromDevelopmentNeed;
import dev.heartwood.learning.api.UnlinkCpdFromObjective;
import dev.heartwood.learning.api.UnlinkCpdFromSchoolPriority;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.heartwood.learning.api.CpdErrorCode.LINK_NEEDS_OWN_DEVELOPMENT_NEED;
import static dev.heartwood.learning.api.CpdErrorCode.LINK_NEEDS_OWN_OBJECTIVE;
import static dev.heartwood.learning.api.CpdErrorCode.OBJECTIVE_WITHDRAWN;
import static dev.heartwood.learning.api.CpdErrorCode.PRIORITY_NOT_FOUND;
import static dev.heartwood.testing.Refusals.refusedWith;

/** Links made and taken back after the request: learning often turns out to serve an objective set later. */
class CpdLinksTest extends CpdYear {

    private final ObjectiveId phonics = new ObjectiveId(UUID.randomUUID());
    private final DevelopmentNeedId behaviour = new DevelopmentNeedId(UUID.randomUUID());

    CpdLinksTest() {
        records.knowsObjective(phonics, teacher).knowsDevelopmentNeed(behaviour, teacher);
    }

    @Test
    void linksLearningToAnObjectiveSetAfterTheRequestAndTakesTheSameLinkAgainAsARetry() {
        fixture.given(courseRequested())
                .when(new LinkCpdToObjective(course, phonics))
                .expectEvents(new CpdLinkedToObjective(course, teacher, oakfield, phonics, TODAY));
        fixture.given(courseRequested()).when(new LinkCpdToObjective(course, reading))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void linksCompletedLearningToADevelopmentNeedAndASchoolPriority() {
        fixture.given(bookLogged())
                .when(new LinkCpdToDevelopmentNeed(course, behaviour))
                .expectEvents(new CpdLinkedToDevelopmentNeed(course, teacher, oakfield, behaviour, TODAY));
        fixture.given(bookLogged())
                .when(new LinkCpdToSchoolPriority(course, readingPriority))
                .expectEvents(new CpdLinkedToSchoolPriority(course, teacher, oakfield, readingPriority, TODAY));
    }

    @Test
    void takesLinksBackAndRemovingALinkThatIsNotThereChangesNothing() {
        fixture.given(completedCourse()).when(new UnlinkCpdFromObjective(course, reading))
                .expectEvents(new CpdUnlinkedFromObjective(course, teacher, oakfield, reading, TODAY));
        fixture.given(completedCourse()).when(new UnlinkCpdFromDevelopmentNeed(course, questioning))
                .expectEvents(new CpdUnlinkedFromDevelopmentNeed(course, teacher, oakfield, questioning, TODAY));
        fixture.given(completedCourse()).when(new UnlinkCpdFromSchoolPriority(course, readingPriority))
                .expectEvents(new CpdUnlinkedFromSchoolPriority(course, teacher, oakfield, readingPriority, TODAY));
        fixture.given(completedCourse()).when(new UnlinkCpdFromObjective(course, phonics))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(completedCourse())
                .andGiven(new CpdUnlinkedFromObjective(course, teacher, oakfield, reading, TODAY))
                .when(new LinkCpdToObjective(course, reading))
                .expectEvents(new CpdLinkedToObjective(course, teacher, oakfield, reading, TODAY));
    }

    @Test
    void linkNeedsTheAppraiseesOwnObjectiveNotAWithdrawnOne() {
        fixture.given(courseRequested()).when(new LinkCpdToObjective(course, colleaguesObjective))
                .expectException(refusedWith(LINK_NEEDS_OWN_OBJECTIVE));
        records.withdrawn(phonics);
        fixture.given(courseRequested()).when(new LinkCpdToObjective(course, phonics))
                .expectException(refusedWith(OBJECTIVE_WITHDRAWN));
    }

    @Test
    void linkNeedsThePersonsOwnDevelopmentNeedAndSchoolsPriority() {
        DevelopmentNeedId colleaguesNeed = new DevelopmentNeedId(UUID.randomUUID());
        records.knowsDevelopmentNeed(colleaguesNeed, colleague);
        fixture.given(courseRequested()).when(new LinkCpdToDevelopmentNeed(course, colleaguesNeed))
                .expectException(refusedWith(LINK_NEEDS_OWN_DEVELOPMENT_NEED));
        fixture.given(courseRequested()).when(new LinkCpdToSchoolPriority(course, elmsidePriority))
                .expectException(refusedWith(PRIORITY_NOT_FOUND));
    }
}
