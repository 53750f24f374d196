package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.AppraisalErrorCode;
import dev.heartwood.appraisal.api.RegisterStaffMember;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.StaffId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person on a school's staff. */
@Aggregate(cache = "staffMemberCache")
class StaffMember {

    @AggregateIdentifier
    private StaffId staffId;

    StaffMember() {
        // for Axon, which rebuilds the staff member from their events
    }

    @CommandHandler
    StaffMember(RegisterStaffMember command, Directory directory) {
        if (!directory.schoolExists(command.schoolId())) {
            throw new DomainRuleViolation(AppraisalErrorCode.SCHOOL_NOT_FOUND,
                    "No school " + command.schoolId() + " is registered");
        }
        apply(new StaffMemberRegistered(command.staffId(), command.schoolId(), command.name(), command.email(),
                command.category(), command.startDate(), command.fte()));
    }

    @EventSourcingHandler
    void on(StaffMemberRegistered event) {
        staffId = event.staffId();
    }
}
