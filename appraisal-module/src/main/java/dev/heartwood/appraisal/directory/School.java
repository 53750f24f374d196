package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.AddSchoolPriority;
import dev.heartwood.appraisal.api.RegisterSchool;
import dev.heartwood.appraisal.api.SchoolPriorityAdded;
import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.PRIORITY_ALREADY_ADDED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.TRUST_NOT_FOUND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A school in the directory, with its improvement priorities per year. Registering the same school twice is
 * refused by the event store's unique key.
 */
@Aggregate(cache = "schoolCache")
class School {

    @AggregateIdentifier
    private SchoolId schoolId;
    private final Map<PriorityId, Priority> priorities = new HashMap<>();

    private record Priority(AcademicYear academicYear, String title) {
    }

    School() {
        // for Axon, which rebuilds the school from its events
    }

    @CommandHandler
    School(RegisterSchool command, Directory directory) {
        if (command.trustId() != null && !directory.trustExists(command.trustId())) {
            throw new DomainRuleViolation(TRUST_NOT_FOUND, "No trust " + command.trustId() + " is registered");
        }
        apply(new SchoolRegistered(command.schoolId(), command.trustId(), command.name(), command.type()));
    }

    @CommandHandler
    void handle(AddSchoolPriority command) {
        Priority priority = new Priority(command.academicYear(), command.title());
        Priority existing = priorities.get(command.priorityId());
        if (priority.equals(existing)) {
            return; // the same request again
        }
        if (existing != null) {
            throw new DomainRuleViolation(PRIORITY_ALREADY_ADDED,
                    "Priority " + command.priorityId() + " is already in the plan with other words");
        }
        apply(new SchoolPriorityAdded(schoolId, command.priorityId(), command.academicYear(), command.title()));
    }

    @EventSourcingHandler
    void on(SchoolRegistered event) {
        schoolId = event.schoolId();
    }

    @EventSourcingHandler
    void on(SchoolPriorityAdded event) {
        priorities.put(event.priorityId(), new Priority(event.academicYear(), event.title()));
    }
}
