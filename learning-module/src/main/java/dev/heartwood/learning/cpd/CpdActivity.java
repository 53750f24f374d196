package dev.heartwood.learning.cpd;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.ApproveCpdActivity;
import dev.heartwood.learning.api.CPDCompleted;
import dev.heartwood.learning.api.CompleteCpdActivity;
import dev.heartwood.learning.api.CompletedCpdLogged;
import dev.heartwood.learning.api.CompletedLearning;
import dev.heartwood.learning.api.CpdActivityApproved;
import dev.heartwood.learning.api.CpdActivityDeclined;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.DeclineCpdActivity;
import dev.heartwood.learning.api.LogCompletedCpd;
import dev.heartwood.learning.api.RequestCpdActivity;
import dev.heartwood.learning.cpd.SchoolRecords.StaffOnRecord;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import static dev.heartwood.learning.api.CpdErrorCode.ALREADY_COMPLETED;
import static dev.heartwood.learning.api.CpdErrorCode.ALREADY_DECIDED;
import static dev.heartwood.learning.api.CpdErrorCode.COMPLETION_NEEDS_APPROVAL;
import static dev.heartwood.learning.api.CpdErrorCode.CPD_ACTIVITY_ALREADY_RECORDED;
import static dev.heartwood.learning.api.CpdErrorCode.CPD_ACTIVITY_DECLINED;
import static dev.heartwood.learning.api.CpdErrorCode.DECISION_NEEDS_REQUEST;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One person's piece of professional learning: requested, approved or declined, completed, reflected on and
 * evaluated; or logged as already completed. A declined activity changes no further. Its links to objectives,
 * development needs and priorities are kept by {@link CpdActivityLinks}, what follows completion by
 * {@link CpdFollowUp}.
 */
@Aggregate(cache = "cpdActivityCache")
class CpdActivity {

    /** A completion as recorded, so that the same one sent again is known as a retry. */
    private record Completion(LocalDate completedOn, BigDecimal hours, BigDecimal cost, String certificateReference) {
    }

    @AggregateIdentifier
    private CpdActivityId activityId;
    private StaffId staffId;
    private SchoolId schoolId;
    /** Logged as already done, so never requested nor decided on. */
    private boolean logged;
    /** The day it was requested; none for learning logged as done. */
    private LocalDate requestedOn;
    /** The day it was approved; none until then. */
    private LocalDate approvedOn;
    private PersonalText declineReason;
    /** The command that created the activity, so that the same one sent again is known as a retry. */
    private Object createdBy;
    private Completion completion;
    @AggregateMember
    private final CpdActivityLinks links = new CpdActivityLinks();
    @AggregateMember
    private final CpdFollowUp followUp = new CpdFollowUp();

    CpdActivity() {
        // for Axon, which rebuilds the activity from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestCpdActivity command, SchoolRecords records, Clock clock) {
        if (!alreadyCreatedBy(onTheRecordedDay(command))) {
            LocalDate on = CpdRules.dayOf(command.on(), clock);
            StaffOnRecord person = CpdRules.checkRequest(command, records, on);
            apply(new CpdActivityRequested(command.activityId(), person.staffId(), person.schoolId(),
                    command.proposal(), command.links(), on));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LogCompletedCpd command, SchoolRecords records, Clock clock) {
        if (!alreadyCreatedBy(command)) {
            LocalDate today = SchoolTime.today(clock);
            StaffOnRecord person = CpdRules.checkLog(command, records, today);
            apply(new CompletedCpdLogged(command.activityId(), person.staffId(), person.schoolId(),
                    command.learning(), command.links(), today));
        }
    }

    @CommandHandler
    void handle(ApproveCpdActivity command, Clock clock) {
        notDeclined();
        if (approvedOn == null) {
            decisionNeedsARequest();
            LocalDate on = CpdRules.dayOf(command.on(), clock);
            decisionNotBeforeTheRequest(on);
            apply(new CpdActivityApproved(activityId, staffId, schoolId, on));
        }
    }

    @CommandHandler
    void handle(DeclineCpdActivity command, Clock clock) {
        if (command.reason().equals(declineReason)) {
            return;
        }
        notDeclined();
        if (approvedOn != null) {
            throw new DomainRuleViolation(ALREADY_DECIDED, "This learning has already been approved");
        }
        decisionNeedsARequest();
        LocalDate on = CpdRules.dayOf(command.on(), clock);
        decisionNotBeforeTheRequest(on);
        apply(new CpdActivityDeclined(activityId, staffId, schoolId, command.reason(), on));
    }

    @CommandHandler
    void handle(CompleteCpdActivity command, Clock clock) {
        notDeclined();
        Completion asSent = new Completion(command.completedOn(), command.hours(), command.cost(),
                command.certificateReference());
        if (asSent.equals(completion)) {
            return;
        }
        if (completion != null) {
            throw new DomainRuleViolation(ALREADY_COMPLETED,
                    "This learning was completed on " + completion.completedOn());
        }
        if (approvedOn == null) {
            throw new DomainRuleViolation(COMPLETION_NEEDS_APPROVAL,
                    "Requested learning is approved before it is completed");
        }
        CpdRules.notInTheFuture(command.completedOn(), SchoolTime.today(clock));
        completionNotBeforeTheApproval(command.completedOn());
        CpdRules.hoursCostAndCoverNotNegative(command.hours(), command.cost());
        apply(new CPDCompleted(activityId, staffId, schoolId, command.completedOn(), command.hours(), command.cost(),
                command.certificateReference()));
    }

    /** A request sent again without its day is a retry of the request whenever it is sent. */
    private RequestCpdActivity onTheRecordedDay(RequestCpdActivity command) {
        return command.on() != null || requestedOn == null ? command : new RequestCpdActivity(command.activityId(),
                command.staffId(), command.proposal(), command.links(), requestedOn);
    }

    /** Whether this is a retry of the command that created the activity; any other command under its id is refused. */
    private boolean alreadyCreatedBy(Object command) {
        if (activityId == null) {
            return false;
        }
        if (!command.equals(createdBy)) {
            throw new DomainRuleViolation(CPD_ACTIVITY_ALREADY_RECORDED,
                    "Other learning is already recorded under identifier " + activityId);
        }
        return true;
    }

    private void notDeclined() {
        if (declineReason != null) {
            throw new DomainRuleViolation(CPD_ACTIVITY_DECLINED, "This learning was declined");
        }
    }

    private void decisionNotBeforeTheRequest(LocalDate on) {
        CpdRules.inOrder(on, requestedOn, "the request");
    }

    private void completionNotBeforeTheApproval(LocalDate completedOn) {
        CpdRules.inOrder(completedOn, approvedOn, "the approval");
    }

    private void decisionNeedsARequest() {
        if (logged) {
            throw new DomainRuleViolation(DECISION_NEEDS_REQUEST, "Logged learning needs no approval");
        }
    }

    @EventSourcingHandler
    void on(CpdActivityRequested event) {
        activityId = event.activityId();
        staffId = event.staffId();
        schoolId = event.schoolId();
        requestedOn = event.requestedOn();
        createdBy = new RequestCpdActivity(event.activityId(), event.staffId(), event.proposal(), event.links(),
                event.requestedOn());
    }

    @EventSourcingHandler
    void on(CompletedCpdLogged event) {
        activityId = event.activityId();
        staffId = event.staffId();
        schoolId = event.schoolId();
        logged = true;
        CompletedLearning learning = event.learning();
        completion = new Completion(learning.completedOn(), learning.hours(), learning.cost(),
                learning.certificateReference());
        createdBy = new LogCompletedCpd(event.activityId(), event.staffId(), learning, event.links());
    }

    @EventSourcingHandler
    void on(CpdActivityApproved event) {
        approvedOn = event.approvedOn();
    }

    @EventSourcingHandler
    void on(CpdActivityDeclined event) {
        declineReason = event.reason();
    }

    @EventSourcingHandler
    void on(CPDCompleted event) {
        completion = new Completion(event.completedOn(), event.hours(), event.cost(), event.certificateReference());
    }
}
