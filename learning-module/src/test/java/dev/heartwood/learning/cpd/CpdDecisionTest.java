package dev.heartwood.learning.cpd;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.learning.api.ApproveCpdActivity;
import dev.heartwood.learning.api.CPDCompleted;
import dev.heartwood.learning.api.CompleteCpdActivity;
import dev.heartwood.learning.api.CpdActivityApproved;
import dev.heartwood.learning.api.CpdActivityDeclined;
import dev.heartwood.learning.api.DeclineCpdActivity;
import dev.heartwood.learning.api.LinkCpdToSchoolPriority;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.heartwood.learning.api.CpdErrorCode.ALREADY_COMPLETED;
import static dev.heartwood.learning.api.CpdErrorCode.ALREADY_DECIDED;
import static dev.heartwood.learning.api.CpdErrorCode.COMPLETION_NEEDS_APPROVAL;
import static dev.heartwood.learning.api.CpdErrorCode.CPD_ACTIVITY_DECLINED;
import static dev.heartwood.learning.api.CpdErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.learning.api.CpdErrorCode.DECISION_NEEDS_REQUEST;
import static dev.heartwood.learning.api.CpdErrorCode.NEGATIVE_AMOUNT;
import static dev.heartwood.testing.Refusals.refusedWith;

/** Approving or declining requested learning, and completing it. */
class CpdDecisionTest extends CpdYear {

    private static final PersonalText NO_BUDGET = PersonalText.of("The CPD budget for this term is spent");

    private final CpdActivityDeclined declined =
            new CpdActivityDeclined(course, teacher, oakfield, NO_BUDGET, SEPTEMBER);

    private CompleteCpdActivity complete(String hours, String cost) {
        return new CompleteCpdActivity(course, COURSE_DAY, new BigDecimal(hours), new BigDecimal(cost),
                "CERT-2026-0415");
    }

    @Test
    void approvesRequestedLearningOnce() {
        fixture.given(courseRequested())
                .when(new ApproveCpdActivity(course, null))
                .expectEvents(new CpdActivityApproved(course, teacher, oakfield, TODAY));
        fixture.given(courseRequested(), courseApproved())
                .when(new ApproveCpdActivity(course, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void declinesRequestedLearningWithAReasonOnce() {
        fixture.given(courseRequested())
                .when(new DeclineCpdActivity(course, NO_BUDGET, null))
                .expectEvents(new CpdActivityDeclined(course, teacher, oakfield, NO_BUDGET, TODAY));
        fixture.given(courseRequested(), declined)
                .when(new DeclineCpdActivity(course, NO_BUDGET, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aDeclinedActivityChangesNoFurther() {
        fixture.given(courseRequested(), declined).when(new ApproveCpdActivity(course, null))
                .expectException(refusedWith(CPD_ACTIVITY_DECLINED));
        fixture.given(courseRequested(), declined).when(new DeclineCpdActivity(course, PersonalText.of("No cover"), null))
                .expectException(refusedWith(CPD_ACTIVITY_DECLINED));
        fixture.given(courseRequested(), declined).when(complete("6", "180.00"))
                .expectException(refusedWith(CPD_ACTIVITY_DECLINED));
        fixture.given(courseRequested(), declined).when(new LinkCpdToSchoolPriority(course, readingPriority))
                .expectException(refusedWith(CPD_ACTIVITY_DECLINED));
    }

    @Test
    void approvedLearningIsNotDeclinedAfterwards() {
        fixture.given(courseRequested(), courseApproved()).when(new DeclineCpdActivity(course, NO_BUDGET, null))
                .expectException(refusedWith(ALREADY_DECIDED));
    }

    @Test
    void decisionNeedsARequestedActivity() {
        fixture.given(bookLogged()).when(new ApproveCpdActivity(course, null))
                .expectException(refusedWith(DECISION_NEEDS_REQUEST));
        fixture.given(bookLogged()).when(new DeclineCpdActivity(course, NO_BUDGET, null))
                .expectException(refusedWith(DECISION_NEEDS_REQUEST));
    }

    @Test
    void completesApprovedLearningWithItsHoursCostAndCertificate() {
        fixture.given(courseRequested(), courseApproved())
                .when(complete("6", "180.00"))
                .expectEvents(courseCompleted());
        fixture.given(completedCourse()).when(complete("6", "180.00"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(completedCourse()).when(complete("7", "180.00"))
                .expectException(refusedWith(ALREADY_COMPLETED));
    }

    @Test
    void completionNeedsApproval() {
        fixture.given(courseRequested()).when(complete("6", "180.00"))
                .expectException(refusedWith(COMPLETION_NEEDS_APPROVAL));
    }

    @Test
    void completionIsNotForTheFutureNorForNegativeHoursOrCost() {
        fixture.given(courseRequested(), courseApproved())
                .when(new CompleteCpdActivity(course, TODAY.plusDays(1), BigDecimal.ONE, BigDecimal.ZERO, null))
                .expectException(refusedWith(DATE_IN_THE_FUTURE));
        fixture.given(courseRequested(), courseApproved()).when(complete("-6", "180.00"))
                .expectException(refusedWith(NEGATIVE_AMOUNT));
        fixture.given(courseRequested(), courseApproved()).when(complete("6", "-0.01"))
                .expectException(refusedWith(NEGATIVE_AMOUNT));
    }

    @Test
    void loggedLearningCountsAsCompletedAlready() {
        fixture.given(bookLogged())
                .when(new CompleteCpdActivity(course, bookRead().completedOn(), bookRead().hours(), bookRead().cost(),
                        null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(bookLogged())
                .when(new CompleteCpdActivity(course, TODAY, BigDecimal.TEN, BigDecimal.ZERO, null))
                .expectException(refusedWith(ALREADY_COMPLETED));
    }
}
