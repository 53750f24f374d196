package dev.heartwood.reporting.history;

import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.util.List;

/** The part of an aggregate's history that had been recorded by an instant. */
final class RecordedUpTo {

    private RecordedUpTo() {
    }

    /**
     * The events recorded at or before {@code at}, in sequence order. It stops at the first later event rather than
     * skipping it: nodes' clocks may disagree slightly, and a state is only ever the result of an unbroken prefix.
     */
    static List<EventMessage<?>> events(List<? extends EventMessage<?>> events, Instant at) {
        return List.copyOf(events.stream().takeWhile(event -> !event.getTimestamp().isAfter(at)).toList());
    }

    /** When the last of these events was recorded. */
    static Instant lastRecorded(List<EventMessage<?>> events) {
        return events.get(events.size() - 1).getTimestamp();
    }
}
