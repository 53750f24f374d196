package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.AssignLineManager;
import dev.heartwood.appraisal.api.LineManagerAssigned;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Whom the person reports to, from a day; who may be their line manager is {@link LineManagement}'s rule. */
class ReportingLine {

    private final StaffTenure tenure;
    private StaffId staffId;
    private SchoolId schoolId;
    private StaffId lineManagerId;

    ReportingLine(StaffTenure tenure) {
        this.tenure = tenure;
    }

    @CommandHandler
    void handle(AssignLineManager command, Directory directory) {
        assign(command.lineManagerId(), command.from(), directory);
    }

    void assign(StaffId newLineManagerId, LocalDate from, Directory directory) {
        tenure.stillOnTheStaff();
        if (newLineManagerId.equals(lineManagerId)) {
            return;
        }
        new LineManagement(staffId, schoolId, newLineManagerId).check(directory);
        apply(new LineManagerAssigned(staffId, schoolId, newLineManagerId, from));
    }

    @EventSourcingHandler
    void on(StaffMemberRegistered event) {
        staffId = event.staffId();
        schoolId = event.schoolId();
    }

    @EventSourcingHandler
    void on(LineManagerAssigned event) {
        lineManagerId = event.lineManagerId();
    }
}
