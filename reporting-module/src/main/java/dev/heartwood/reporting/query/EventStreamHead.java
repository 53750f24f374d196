package dev.heartwood.reporting.query;

import dev.heartwood.reporting.api.Freshness;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** The position of the newest event in the store, against which a read model's freshness is measured. */
@Component
public class EventStreamHead {

    private final EventStore events;
    private final ProcessorPositions positions;

    EventStreamHead(EventStore events, ProcessorPositions positions) {
        this.events = events;
        this.positions = positions;
    }

    public long index() {
        TrackingToken head = events.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    /**
     * How fresh a read model is whose rows last changed with the event at {@code lastEventIndex}: it is behind by
     * the events its processor has still to go through, so 0 once that has caught up, however long ago the rows
     * themselves changed.
     */
    public Freshness freshness(long lastEventIndex, String processor) {
        long head = index();
        return new Freshness(lastEventIndex, head, Math.max(0, head - positions.of(processor)));
    }
}
