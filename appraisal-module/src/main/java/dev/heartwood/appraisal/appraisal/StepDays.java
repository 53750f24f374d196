package dev.heartwood.appraisal.appraisal;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolTime;

import java.time.Clock;
import java.time.LocalDate;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.DATE_BEFORE_THE_CYCLE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.DATE_BEFORE_THE_PERSON_STARTED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.DATE_OUT_OF_ORDER;

/**
 * The days on which a step of one appraisal can have happened. Schools record a meeting after it is held and catch
 * up on last term's paperwork, so each step carries the day it happened, today when none is given; the event's
 * timestamp keeps when it was recorded. A step has happened (it is not dated in the future), and it falls in the
 * appraisal's time: not before its cycle begins, nor before the appraisee joined the school.
 *
 * @param cycleStarts      the first day of the cycle's period
 * @param appraiseeStarted the appraisee's first day at the school
 */
record StepDays(LocalDate cycleStarts, LocalDate appraiseeStarted) {

    /** The day a step happened: the day given, or today in the school's zone. */
    LocalDate dayOf(LocalDate given, Clock clock) {
        LocalDate today = SchoolTime.today(clock);
        LocalDate day = given == null ? today : given;
        stepsAreNotDatedInTheFuture(day, today);
        stepsAreNotDatedBeforeTheCycle(day);
        stepsAreNotDatedBeforeTheAppraiseeStarted(day);
        return day;
    }

    /**
     * A step that needs an earlier one is not dated before it.
     *
     * @param earlier the earlier step's day, none while it has not happened
     */
    static void inOrder(LocalDate day, LocalDate earlier, String earlierStep) {
        if (earlier != null && day.isBefore(earlier)) {
            throw new DomainRuleViolation(DATE_OUT_OF_ORDER, day + " is before " + earlierStep + " on " + earlier);
        }
    }

    private static void stepsAreNotDatedInTheFuture(LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new DomainRuleViolation(DATE_IN_THE_FUTURE, day + " has not happened yet");
        }
    }

    private void stepsAreNotDatedBeforeTheCycle(LocalDate day) {
        if (day.isBefore(cycleStarts)) {
            throw new DomainRuleViolation(DATE_BEFORE_THE_CYCLE, day + " is before the cycle began on " + cycleStarts);
        }
    }

    private void stepsAreNotDatedBeforeTheAppraiseeStarted(LocalDate day) {
        if (day.isBefore(appraiseeStarted)) {
            throw new DomainRuleViolation(DATE_BEFORE_THE_PERSON_STARTED,
                    day + " is before the appraisee joined the school on " + appraiseeStarted);
        }
    }
}
