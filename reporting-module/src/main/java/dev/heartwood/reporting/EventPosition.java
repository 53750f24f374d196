package dev.heartwood.reporting;

import org.axonframework.eventhandling.TrackingToken;

/** Where an event stands in the global stream: read models store it so that a query can say how fresh it is. */
public final class EventPosition {

    /**
     * SQL for the event's own global index, with the event's identifier bound to {@code :eventId}: for a row that
     * stands for one event, which must not take the position of another (see {@link #of}).
     */
    public static final String OWN_INDEX_SQL =
            "(SELECT globalindex FROM domainevententry WHERE eventidentifier = :eventId)";

    private EventPosition() {
    }

    /**
     * Where the processor stood when it applied the event: the event's own index, or a later one when the event
     * was committed after events appended after it (a gap in the stream, filled late). It never lags behind the
     * event, so it tells how fresh a read model is; it is not unique to an event.
     */
    public static long of(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("token without a position: " + token));
    }
}
