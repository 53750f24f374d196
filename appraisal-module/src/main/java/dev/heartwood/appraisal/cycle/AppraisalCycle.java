package dev.heartwood.appraisal.cycle;

import dev.heartwood.appraisal.api.AppraisalCycleOpened;
import dev.heartwood.appraisal.api.OpenAppraisalCycle;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.DomainRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.CYCLE_ALREADY_OPEN;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.CYCLE_PERIOD_INVALID;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.DEADLINES_OUT_OF_ORDER;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_LIMIT_OUT_OF_RANGE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A school's appraisal cycle for one academic year: its period, deadlines and policy. */
@Aggregate(cache = "appraisalCycleCache")
class AppraisalCycle {

    /** Regulations set no number; more than ten objectives in a year is not appraisal but a task list. */
    static final int MOST_OBJECTIVES_ALLOWED = 10;

    @AggregateIdentifier
    private CycleId cycleId;

    AppraisalCycle() {
        // for Axon, which rebuilds the cycle from its events
    }

    @CommandHandler
    AppraisalCycle(OpenAppraisalCycle command, Directory directory, Cycles cycles) {
        if (directory.school(command.schoolId()).isEmpty()) {
            throw new DomainRuleViolation(SCHOOL_NOT_FOUND, "No school " + command.schoolId() + " is registered");
        }
        if (cycles.cycleFor(command.schoolId(), command.academicYear()).isPresent()) {
            throw new DomainRuleViolation(CYCLE_ALREADY_OPEN,
                    "The school's cycle for " + command.academicYear() + " is already open");
        }
        if (!command.periodStart().isBefore(command.periodEnd())) {
            throw new DomainRuleViolation(CYCLE_PERIOD_INVALID, "A cycle's period must end after it starts");
        }
        if (!command.deadlines().inOrder()) {
            throw new DomainRuleViolation(DEADLINES_OUT_OF_ORDER,
                    "Deadlines run objectives, mid-year review, final review, then pay decisions");
        }
        if (command.maxObjectives() < 1 || command.maxObjectives() > MOST_OBJECTIVES_ALLOWED) {
            throw new DomainRuleViolation(OBJECTIVE_LIMIT_OUT_OF_RANGE,
                    "A cycle allows between 1 and " + MOST_OBJECTIVES_ALLOWED + " objectives per appraisal");
        }
        apply(new AppraisalCycleOpened(command.cycleId(), command.schoolId(), command.academicYear(),
                command.periodStart(), command.periodEnd(), command.deadlines(), command.payPolicy(),
                command.frameworks(), command.maxObjectives()));
    }

    @EventSourcingHandler
    void on(AppraisalCycleOpened event) {
        cycleId = event.cycleId();
    }
}
