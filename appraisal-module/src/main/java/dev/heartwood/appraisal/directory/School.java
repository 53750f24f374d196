package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.RegisterSchool;
import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A school in the directory. Registering the same school twice is refused by the event store's unique key. */
@Aggregate(cache = "schoolCache")
class School {

    @AggregateIdentifier
    private SchoolId schoolId;

    School() {
        // for Axon, which rebuilds the school from its events
    }

    @CommandHandler
    School(RegisterSchool command) {
        apply(new SchoolRegistered(command.schoolId(), command.trustId(), command.name(), command.type()));
    }

    @EventSourcingHandler
    void on(SchoolRegistered event) {
        schoolId = event.schoolId();
    }
}
