package dev.heartwood.infra.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Events as the event store holds them, read from its table rather than through the serializer: payload and metadata
 * as they were written, with the type, revision and position that name them.
 */
@Component
class StoredEvents {

    /** An event as stored; {@code payload} and {@code metadata} are the JSON the serializer wrote. */
    record StoredEvent(long globalIndex, String timestamp, @Nullable String aggregateType, String aggregateId,
                       long sequenceNumber, String eventId, String type, @Nullable String revision, JsonNode metadata,
                       JsonNode payload) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    StoredEvents(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The global index of the last event recorded, 0 before any. */
    long head() {
        return jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry").query(Long.class).single();
    }

    /** Every event of these aggregates up to and including {@code upTo}, in the order they were recorded. */
    List<StoredEvent> of(Collection<String> aggregateIds, long upTo) {
        if (aggregateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT globalindex, timestamp, type, aggregateidentifier, sequencenumber, eventidentifier,
                               payloadtype, payloadrevision, metadata, payload
                        FROM domainevententry WHERE globalindex <= ? AND aggregateidentifier IN (%s)
                        ORDER BY globalindex""".formatted(String.join(", ",
                        Collections.nCopies(aggregateIds.size(), "?"))))
                .params(Stream.concat(Stream.of(upTo), aggregateIds.stream()).toList())
                .query((row, n) -> new StoredEvent(row.getLong("globalindex"), row.getString("timestamp"),
                        row.getString("type"), row.getString("aggregateidentifier"), row.getLong("sequencenumber"),
                        row.getString("eventidentifier"), row.getString("payloadtype"),
                        row.getString("payloadrevision"), jsonOf(row.getBytes("metadata")),
                        jsonOf(row.getBytes("payload"))))
                .list();
    }

    private JsonNode jsonOf(@Nullable byte[] stored) {
        try {
            return stored == null ? json.nullNode() : json.readTree(stored);
        } catch (IOException notJson) {
            throw new UncheckedIOException("An event in the store is not the JSON its serializer writes", notJson);
        }
    }
}
