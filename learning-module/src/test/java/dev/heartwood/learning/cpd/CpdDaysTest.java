package dev.heartwood.learning.cpd;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.learning.api.ApproveCpdActivity;
import dev.heartwood.learning.api.CompleteCpdActivity;
import dev.heartwood.learning.api.CpdActivityApproved;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.DeclineCpdActivity;
import dev.heartwood.learning.api.RequestCpdActivity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.heartwood.learning.api.CpdErrorCode.CPD_ACTIVITY_ALREADY_RECORDED;
import static dev.heartwood.learning.api.CpdErrorCode.DATE_BEFORE_THE_PERSON_STARTED;
import static dev.heartwood.learning.api.CpdErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.learning.api.CpdErrorCode.DATE_OUT_OF_ORDER;
import static dev.heartwood.testing.Refusals.refusedWith;

/**
 * A request and its approval are recorded on the days they were made, often entered later: never a day still to
 * come, a request not before the person joined, a decision not before the request, a completion not before the
 * approval.
 */
class CpdDaysTest extends CpdYear {

    private static final LocalDate ASKED = LocalDate.of(2026, 2, 2);

    private RequestCpdActivity requestCourseOn(LocalDate on) {
        return new RequestCpdActivity(course, teacher, phonicsCourse(new BigDecimal("180.00")), linkedToReading(), on);
    }

    private CpdActivityRequested courseRequestedOn(LocalDate on) {
        return new CpdActivityRequested(course, teacher, oakfield, phonicsCourse(new BigDecimal("180.00")),
                linkedToReading(), on);
    }

    @Test
    void recordsARequestAndItsApprovalOnTheDaysTheyWereMade() {
        fixture.givenNoPriorActivity().when(requestCourseOn(ASKED)).expectEvents(courseRequestedOn(ASKED));
        fixture.given(courseRequestedOn(ASKED))
                .when(new ApproveCpdActivity(course, ASKED.plusDays(1)))
                .expectEvents(new CpdActivityApproved(course, teacher, oakfield, ASKED.plusDays(1)));
    }

    @Test
    void theSameRequestSentAgainWithoutItsDayIsARetryButWithAnotherDayItIsNot() {
        fixture.given(courseRequestedOn(ASKED)).when(requestCourseOn(null)).expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(courseRequestedOn(ASKED)).when(requestCourseOn(ASKED.plusDays(1)))
                .expectException(refusedWith(CPD_ACTIVITY_ALREADY_RECORDED));
    }

    @Test
    void refusesARequestDatedOnADayStillToComeOrBeforeThePersonJoined() {
        fixture.givenNoPriorActivity().when(requestCourseOn(TODAY.plusDays(1)))
                .expectException(refusedWith(DATE_IN_THE_FUTURE));
        records.startedOn(teacher, LocalDate.of(2026, 1, 5));
        fixture.givenNoPriorActivity().when(requestCourseOn(LocalDate.of(2026, 1, 2)))
                .expectException(refusedWith(DATE_BEFORE_THE_PERSON_STARTED));
    }

    @Test
    void aDecisionIsNotDatedBeforeTheRequestNorOnADayStillToCome() {
        fixture.given(courseRequestedOn(ASKED)).when(new ApproveCpdActivity(course, ASKED.minusDays(1)))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
        fixture.given(courseRequestedOn(ASKED))
                .when(new DeclineCpdActivity(course, PersonalText.of("No budget"), ASKED.minusDays(1)))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
        fixture.given(courseRequestedOn(ASKED)).when(new ApproveCpdActivity(course, TODAY.plusDays(1)))
                .expectException(refusedWith(DATE_IN_THE_FUTURE));
    }

    @Test
    void completionIsNotDatedBeforeTheApproval() {
        fixture.given(courseRequestedOn(ASKED), new CpdActivityApproved(course, teacher, oakfield, COURSE_DAY))
                .when(new CompleteCpdActivity(course, COURSE_DAY.minusDays(1), new BigDecimal("6"),
                        new BigDecimal("180.00"), null))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
    }
}
