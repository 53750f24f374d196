package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.RecordStaffLeaving;
import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.LEAVE_BEFORE_START;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_HAS_LEFT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The person's time on the staff, from the day they started to the day they left. Once they have left nothing about
 * them changes, and only the same leaving date is accepted again, so a re-imported leaver's row records nothing.
 */
class StaffTenure {

    private StaffId staffId;
    private SchoolId schoolId;
    private LocalDate startDate;
    private LocalDate leftOn;

    @CommandHandler
    void handle(RecordStaffLeaving command) {
        leave(command.leaveDate());
    }

    void leave(LocalDate leaveDate) {
        if (leaveDate.equals(leftOn)) {
            return;
        }
        stillOnTheStaff();
        if (leaveDate.isBefore(startDate)) {
            throw new DomainRuleViolation(LEAVE_BEFORE_START, "A leaving date cannot come before " + startDate);
        }
        apply(new StaffMemberLeft(staffId, schoolId, leaveDate));
    }

    boolean hasLeftOn(LocalDate day) {
        return leftOn != null && leftOn.equals(day);
    }

    void stillOnTheStaff() {
        if (leftOn != null) {
            throw new DomainRuleViolation(STAFF_MEMBER_HAS_LEFT, "This person left on " + leftOn);
        }
    }

    @EventSourcingHandler
    void on(StaffMemberRegistered event) {
        staffId = event.staffId();
        schoolId = event.schoolId();
        startDate = event.startDate();
    }

    @EventSourcingHandler
    void on(StaffMemberLeft event) {
        leftOn = event.leftOn();
    }
}
