package dev.heartwood.reporting;

import org.axonframework.eventhandling.TrackingToken;

/** Where an event stands in the global stream: read models store it so that a query can say how fresh it is. */
public final class EventPosition {

    private EventPosition() {
    }

    public static long of(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("token without a position: " + token));
    }
}
