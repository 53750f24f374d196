package dev.heartwood.learning.cpd;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CompletedLearning;
import dev.heartwood.learning.api.CpdLinks;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.learning.api.LogCompletedCpd;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.heartwood.learning.api.CpdErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.learning.api.CpdErrorCode.LINK_NEEDS_OWN_OBJECTIVE;
import static dev.heartwood.learning.api.CpdErrorCode.NEGATIVE_AMOUNT;
import static dev.heartwood.learning.api.CpdErrorCode.STAFF_MEMBER_NOT_FOUND;
import static dev.heartwood.testing.Refusals.refusedWith;

/** Learning a person has already done, logged as completed without a request or approval. */
class CpdLoggingTest extends CpdYear {

    private static CompletedLearning network(LocalDate on, BigDecimal hours) {
        return new CompletedLearning(PersonalText.of("Trust English leads' network"), CpdType.NETWORK,
                PersonalText.of("Oak Trust"), on, on, hours, BigDecimal.ZERO, null);
    }

    @Test
    void logsABookAlreadyReadAsCompletedLearningLinkedToTheTeachersObjective() {
        fixture.givenNoPriorActivity().when(logBook()).expectEvents(bookLogged());
    }

    @Test
    void takesTheSameLogSentAgainAsARetry() {
        fixture.given(bookLogged()).when(logBook()).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void refusesLearningLoggedForSomeoneUnknownOrLinkedToAColleaguesObjective() {
        fixture.givenNoPriorActivity()
                .when(new LogCompletedCpd(course, new StaffId(UUID.randomUUID()), bookRead(), CpdLinks.none()))
                .expectException(refusedWith(STAFF_MEMBER_NOT_FOUND));
        fixture.givenNoPriorActivity()
                .when(new LogCompletedCpd(course, teacher, bookRead(),
                        new CpdLinks(List.of(colleaguesObjective), null, null)))
                .expectException(refusedWith(LINK_NEEDS_OWN_OBJECTIVE));
    }

    @Test
    void refusesLearningThatIsStillToComeOrHasNegativeHours() {
        fixture.givenNoPriorActivity()
                .when(new LogCompletedCpd(course, teacher, network(TODAY.plusDays(1), BigDecimal.ONE), CpdLinks.none()))
                .expectException(refusedWith(DATE_IN_THE_FUTURE));
        fixture.givenNoPriorActivity()
                .when(new LogCompletedCpd(course, teacher, network(TODAY, new BigDecimal("-2")), CpdLinks.none()))
                .expectException(refusedWith(NEGATIVE_AMOUNT));
    }
}
