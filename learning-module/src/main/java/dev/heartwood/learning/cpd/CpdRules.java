package dev.heartwood.learning.cpd;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CompletedLearning;
import dev.heartwood.learning.api.CpdProposal;
import dev.heartwood.learning.api.LogCompletedCpd;
import dev.heartwood.learning.api.RequestCpdActivity;
import dev.heartwood.learning.cpd.SchoolRecords.StaffOnRecord;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import static dev.heartwood.learning.api.CpdErrorCode.DATE_BEFORE_THE_PERSON_STARTED;
import static dev.heartwood.learning.api.CpdErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.learning.api.CpdErrorCode.DATE_OUT_OF_ORDER;
import static dev.heartwood.learning.api.CpdErrorCode.ENDS_BEFORE_IT_STARTS;
import static dev.heartwood.learning.api.CpdErrorCode.NEGATIVE_AMOUNT;
import static dev.heartwood.learning.api.CpdErrorCode.STAFF_MEMBER_HAS_LEFT;
import static dev.heartwood.learning.api.CpdErrorCode.STAFF_MEMBER_NOT_FOUND;

/** The rules every piece of professional learning keeps, whichever way it is recorded. */
public final class CpdRules {

    private CpdRules() {
    }

    /** The day a step happened: the day given, or today in the school's zone; never one still to come. */
    static LocalDate dayOf(LocalDate given, Clock clock) {
        LocalDate today = SchoolTime.today(clock);
        LocalDate day = given == null ? today : given;
        notInTheFuture(day, today);
        return day;
    }

    /** Checks a request made on the day given before it is recorded, and answers whose it is. */
    static StaffOnRecord checkRequest(RequestCpdActivity command, SchoolRecords records, LocalDate on) {
        StaffOnRecord person = learnerMustBeOnTheStaff(command.staffId(), records, on);
        requestNotBeforeTheLearnerStarted(person, on);
        CpdProposal proposal = command.proposal();
        endsNoEarlierThanItStarts(proposal.startsOn(), proposal.endsOn());
        hoursCostAndCoverNotNegative(proposal.expectedHours(), proposal.cost(), proposal.coverDays());
        LinkRules.linksNeedThePersonsOwnRecords(command.links(), person.staffId(), person.schoolId(), records);
        return person;
    }

    /** Checks learning logged as done before it is recorded and answers whose it is. */
    static StaffOnRecord checkLog(LogCompletedCpd command, SchoolRecords records, LocalDate today) {
        StaffOnRecord person = learnerMustBeOnTheStaff(command.staffId(), records, today);
        CompletedLearning learning = command.learning();
        endsNoEarlierThanItStarts(learning.startedOn(), learning.completedOn());
        notInTheFuture(learning.completedOn(), today);
        hoursCostAndCoverNotNegative(learning.hours(), learning.cost());
        LinkRules.linksNeedThePersonsOwnRecords(command.links(), person.staffId(), person.schoolId(), records);
        return person;
    }

    public static DomainRuleViolation staffMemberNotFound(StaffId staffId) {
        return new DomainRuleViolation(STAFF_MEMBER_NOT_FOUND, "No member of staff " + staffId + " is registered");
    }

    private static StaffOnRecord learnerMustBeOnTheStaff(StaffId staffId, SchoolRecords records, LocalDate day) {
        StaffOnRecord person = records.staffMember(staffId).orElseThrow(() -> staffMemberNotFound(staffId));
        if (person.hadLeftBy(day)) {
            throw new DomainRuleViolation(STAFF_MEMBER_HAS_LEFT, "This person left on " + person.leftOn());
        }
        return person;
    }

    private static void requestNotBeforeTheLearnerStarted(StaffOnRecord person, LocalDate on) {
        if (on.isBefore(person.startDate())) {
            throw new DomainRuleViolation(DATE_BEFORE_THE_PERSON_STARTED,
                    on + " is before they joined the school on " + person.startDate());
        }
    }

    private static void endsNoEarlierThanItStarts(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new DomainRuleViolation(ENDS_BEFORE_IT_STARTS, "Learning cannot end before it starts on " + start);
        }
    }

    static void hoursCostAndCoverNotNegative(BigDecimal... amounts) {
        for (BigDecimal amount : amounts) {
            if (amount.signum() < 0) {
                throw new DomainRuleViolation(NEGATIVE_AMOUNT, "Hours, cost and cover days cannot be negative");
            }
        }
    }

    /** A step is recorded once it has happened. */
    static void notInTheFuture(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new DomainRuleViolation(DATE_IN_THE_FUTURE, date + " is still to come");
        }
    }

    /**
     * A step that needs an earlier one (a decision the request, a completion the approval) is not dated before it.
     *
     * @param earlier the earlier step's day, none where there was no such step
     */
    static void inOrder(LocalDate day, LocalDate earlier, String earlierStep) {
        if (earlier != null && day.isBefore(earlier)) {
            throw new DomainRuleViolation(DATE_OUT_OF_ORDER, day + " is before " + earlierStep + " on " + earlier);
        }
    }
}
