package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.AssignStaffRole;
import dev.heartwood.appraisal.api.RemoveStaffRole;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.appraisal.api.StaffRoleAssigned;
import dev.heartwood.appraisal.api.StaffRoleRemoved;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The responsibilities the person holds beyond their post (safeguarding lead, first aider and the like), each from a
 * day; several carry training of their own. Assigning a role they hold, or removing one they do not, records nothing.
 */
class StaffRoles {

    private final StaffTenure tenure;
    private StaffId staffId;
    private SchoolId schoolId;
    private final Set<StaffRole> held = EnumSet.noneOf(StaffRole.class);

    StaffRoles(StaffTenure tenure) {
        this.tenure = tenure;
    }

    @CommandHandler
    void handle(AssignStaffRole command) {
        assign(command.role(), command.from());
    }

    @CommandHandler
    void handle(RemoveStaffRole command) {
        remove(command.role(), command.from());
    }

    /** Exactly these roles from the day, as an MIS row lists them: the others are removed. */
    void holdExactly(Set<StaffRole> roles, LocalDate from) {
        for (StaffRole role : StaffRole.values()) {
            if (roles.contains(role)) {
                assign(role, from);
            } else {
                remove(role, from);
            }
        }
    }

    private void assign(StaffRole role, LocalDate from) {
        tenure.stillOnTheStaff();
        if (!held.contains(role)) {
            apply(new StaffRoleAssigned(staffId, schoolId, role, from));
        }
    }

    private void remove(StaffRole role, LocalDate from) {
        tenure.stillOnTheStaff();
        if (held.contains(role)) {
            apply(new StaffRoleRemoved(staffId, schoolId, role, from));
        }
    }

    @EventSourcingHandler
    void on(StaffMemberRegistered event) {
        staffId = event.staffId();
        schoolId = event.schoolId();
    }

    @EventSourcingHandler
    void on(StaffRoleAssigned event) {
        held.add(event.role());
    }

    @EventSourcingHandler
    void on(StaffRoleRemoved event) {
        held.remove(event.role());
    }
}
