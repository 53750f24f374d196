package dev.heartwood.reporting.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One aggregate's events, straight from the event store rather than from any read model. */
@Component
class AggregateEvents {

    private final EventStore events;
    private final JdbcClient jdbc;

    AggregateEvents(EventStore events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** In sequence order; from the first event, because a snapshot would hide the history before it. */
    List<DomainEventMessage<?>> of(String aggregateId) {
        return events.readEvents(aggregateId, 0).asStream().collect(Collectors.toList());
    }

    /**
     * The global index of each of the aggregate's events, by event identifier. An aggregate's stream carries only
     * sequence numbers, so the position in the whole store is read from the event table itself.
     */
    Map<String, Long> globalIndexes(String aggregateId) {
        return jdbc.sql("SELECT eventidentifier, globalindex FROM domainevententry WHERE aggregateidentifier = ?")
                .param(aggregateId)
                .query((row, n) -> Map.entry(row.getString("eventidentifier"), row.getLong("globalindex")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
