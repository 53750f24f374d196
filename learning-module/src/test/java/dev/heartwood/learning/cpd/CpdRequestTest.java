package dev.heartwood.learning.cpd;

import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.CpdLinks;
import dev.heartwood.learning.api.CpdProposal;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.learning.api.RequestCpdActivity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.heartwood.learning.api.CpdErrorCode.CPD_ACTIVITY_ALREADY_RECORDED;
import static dev.heartwood.learning.api.CpdErrorCode.DEVELOPMENT_NEED_NOT_FOUND;
import static dev.heartwood.learning.api.CpdErrorCode.ENDS_BEFORE_IT_STARTS;
import static dev.heartwood.learning.api.CpdErrorCode.LINK_NEEDS_OWN_DEVELOPMENT_NEED;
import static dev.heartwood.learning.api.CpdErrorCode.LINK_NEEDS_OWN_OBJECTIVE;
import static dev.heartwood.learning.api.CpdErrorCode.NEGATIVE_AMOUNT;
import static dev.heartwood.learning.api.CpdErrorCode.OBJECTIVE_NOT_FOUND;
import static dev.heartwood.learning.api.CpdErrorCode.OBJECTIVE_WITHDRAWN;
import static dev.heartwood.learning.api.CpdErrorCode.PRIORITY_NOT_FOUND;
import static dev.heartwood.learning.api.CpdErrorCode.STAFF_MEMBER_HAS_LEFT;
import static dev.heartwood.learning.api.CpdErrorCode.STAFF_MEMBER_NOT_FOUND;
import static dev.heartwood.testing.Refusals.refusedWith;

class CpdRequestTest extends CpdYear {

    private RequestCpdActivity requestLinkedTo(CpdLinks links) {
        return new RequestCpdActivity(course, teacher, phonicsCourse(BigDecimal.TEN), links, null);
    }

    @Test
    void requestsACourseLinkedToTheTeachersObjectiveDevelopmentNeedAndSchoolPriority() {
        fixture.givenNoPriorActivity()
                .when(requestCourse())
                .expectEvents(new CpdActivityRequested(course, teacher, oakfield,
                        phonicsCourse(new BigDecimal("180.00")), linkedToReading(), TODAY));
    }

    @Test
    void takesTheSameRequestSentAgainAsARetryAndRefusesOtherLearningUnderItsIdentifier() {
        fixture.given(courseRequested()).when(requestCourse()).expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(courseRequested()).when(requestLinkedTo(CpdLinks.none()))
                .expectException(refusedWith(CPD_ACTIVITY_ALREADY_RECORDED));
        fixture.given(courseRequested()).when(logBook()).expectException(refusedWith(CPD_ACTIVITY_ALREADY_RECORDED));
    }

    @Test
    void learningIsForAKnownMemberOfStaffWhoHasNotLeft() {
        fixture.givenNoPriorActivity()
                .when(new RequestCpdActivity(course, new StaffId(UUID.randomUUID()), phonicsCourse(BigDecimal.TEN),
                        CpdLinks.none(), null))
                .expectException(refusedWith(STAFF_MEMBER_NOT_FOUND));
        records.left(teacher, LocalDate.of(2026, 2, 13));
        fixture.givenNoPriorActivity().when(requestCourse()).expectException(refusedWith(STAFF_MEMBER_HAS_LEFT));
    }

    @Test
    void someoneLeavingAtTheEndOfTermStillHasLearningRequested() {
        records.left(teacher, LocalDate.of(2026, 4, 2));
        fixture.givenNoPriorActivity().when(requestCourse()).expectSuccessfulHandlerExecution();
    }

    @Test
    void linkNeedsTheAppraiseesOwnObjective() {
        fixture.givenNoPriorActivity()
                .when(requestLinkedTo(new CpdLinks(List.of(colleaguesObjective), null, null)))
                .expectException(refusedWith(LINK_NEEDS_OWN_OBJECTIVE))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(requestLinkedTo(new CpdLinks(List.of(new ObjectiveId(UUID.randomUUID())), null, null)))
                .expectException(refusedWith(OBJECTIVE_NOT_FOUND));
    }

    @Test
    void linkNeedsAnObjectiveThatWasNotWithdrawn() {
        records.withdrawn(reading);
        fixture.givenNoPriorActivity()
                .when(requestLinkedTo(new CpdLinks(List.of(reading), null, null)))
                .expectException(refusedWith(OBJECTIVE_WITHDRAWN));
    }

    @Test
    void linkNeedsThePersonsOwnDevelopmentNeed() {
        DevelopmentNeedId colleaguesNeed = new DevelopmentNeedId(UUID.randomUUID());
        records.knowsDevelopmentNeed(colleaguesNeed, colleague);
        fixture.givenNoPriorActivity()
                .when(requestLinkedTo(new CpdLinks(null, List.of(colleaguesNeed), null)))
                .expectException(refusedWith(LINK_NEEDS_OWN_DEVELOPMENT_NEED));
        fixture.givenNoPriorActivity()
                .when(requestLinkedTo(new CpdLinks(null, List.of(new DevelopmentNeedId(UUID.randomUUID())), null)))
                .expectException(refusedWith(DEVELOPMENT_NEED_NOT_FOUND));
    }

    @Test
    void linkNeedsThePersonsOwnSchoolsPriority() {
        fixture.givenNoPriorActivity()
                .when(requestLinkedTo(new CpdLinks(null, null, List.of(elmsidePriority))))
                .expectException(refusedWith(PRIORITY_NOT_FOUND));
        fixture.givenNoPriorActivity()
                .when(requestLinkedTo(new CpdLinks(null, null, List.of(new PriorityId(UUID.randomUUID())))))
                .expectException(refusedWith(PRIORITY_NOT_FOUND));
    }

    @Test
    void hoursCostAndCoverAreNotNegative() {
        fixture.givenNoPriorActivity()
                .when(new RequestCpdActivity(course, teacher, phonicsCourse(new BigDecimal("-1")), CpdLinks.none(), null))
                .expectException(refusedWith(NEGATIVE_AMOUNT));
        CpdProposal negativeCover = new CpdProposal(PHONICS, CpdType.COURSE, null, COURSE_DAY, COURSE_DAY,
                BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("-0.5"), IMPACT);
        fixture.givenNoPriorActivity()
                .when(new RequestCpdActivity(course, teacher, negativeCover, CpdLinks.none(), null))
                .expectException(refusedWith(NEGATIVE_AMOUNT));
    }

    @Test
    void learningCannotEndBeforeItStarts() {
        CpdProposal backwards = new CpdProposal(PHONICS, CpdType.COURSE, null, COURSE_DAY, COURSE_DAY.minusDays(1),
                BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, IMPACT);
        fixture.givenNoPriorActivity()
                .when(new RequestCpdActivity(course, teacher, backwards, CpdLinks.none(), null))
                .expectException(refusedWith(ENDS_BEFORE_IT_STARTS));
    }
}
