package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.RegisterTrust;
import dev.heartwood.appraisal.api.TrustRegistered;
import dev.heartwood.kernel.TrustId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A multi-academy trust: its schools' reports roll up to it. */
@Aggregate(cache = "trustCache")
class Trust {

    @AggregateIdentifier
    private TrustId trustId;

    Trust() {
        // for Axon, which rebuilds the trust from its events
    }

    @CommandHandler
    Trust(RegisterTrust command) {
        apply(new TrustRegistered(command.trustId(), command.name()));
    }

    @EventSourcingHandler
    void on(TrustRegistered event) {
        trustId = event.trustId();
    }
}
