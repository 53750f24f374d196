package dev.heartwood.reporting.query;

import dev.heartwood.reporting.api.Freshness;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** The position of the newest event in the store, against which a read model's freshness is measured. */
@Component
public class EventStreamHead {

    private final EventStore events;

    EventStreamHead(EventStore events) {
        this.events = events;
    }

    public long index() {
        TrackingToken head = events.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    /** How fresh a read model is whose newest applied event is {@code lastEventIndex}. */
    public Freshness freshness(long lastEventIndex) {
        return Freshness.of(lastEventIndex, index());
    }
}
