package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads the event store's table directly, to see what was appended and with which metadata. */
public class EventStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    /** An event as appended: to which aggregate, and of which type. */
    public record Appended(String aggregateId, String payloadType) {
    }

    public long lastGlobalIndex() {
        return jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry").query(Long.class).single();
    }

    public List<Appended> appendedAfter(long globalIndex) {
        return jdbc.sql("SELECT aggregateidentifier, payloadtype FROM domainevententry WHERE globalindex > ? ORDER BY globalindex")
                .param(globalIndex)
                .query((row, n) -> new Appended(row.getString("aggregateidentifier"), row.getString("payloadtype")))
                .list();
    }

    public List<String> typesOf(UUID aggregateId) {
        return jdbc.sql("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                .param(aggregateId.toString())
                .query(String.class)
                .list();
    }

    /** How many events of a type (named without its package) the aggregate has that mention the identifier. */
    public long countOf(String aggregateId, String simpleType, UUID mentioning) {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?
                        AND position(? IN convert_from(payload, 'UTF8')) > 0""")
                .params(aggregateId, "%." + simpleType, mentioning.toString())
                .query(Long.class).single();
    }

    /** How many events carry the batch id of a bulk request in their metadata. */
    public long countInBatch(UUID batchId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE convert_from(metadata, 'UTF8')::jsonb ->> 'batchId' = ?")
                .param(batchId.toString())
                .query(Long.class).single();
    }

    /** Aggregates whose events are not numbered 0, 1, 2, ... without a gap: none, unless something was lost. */
    public List<String> aggregatesWithGaps() {
        return jdbc.sql("""
                        SELECT aggregateidentifier FROM domainevententry GROUP BY aggregateidentifier
                        HAVING min(sequencenumber) <> 0 OR max(sequencenumber) + 1 <> count(*)""")
                .query(String.class).list();
    }

    public JsonNode metadataOfFirstEvent(UUID aggregateId) {
        byte[] metadata = jdbc.sql("SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0")
                .param(aggregateId.toString())
                .query(byte[].class)
                .single();
        return parsed(metadata);
    }

    /** The metadata of the aggregate's last event of a type (named without its package). */
    public JsonNode metadataOf(UUID aggregateId, String simpleType) {
        byte[] metadata = jdbc.sql("""
                        SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?
                        ORDER BY sequencenumber DESC LIMIT 1""")
                .params(aggregateId.toString(), "%." + simpleType)
                .query(byte[].class)
                .single();
        return parsed(metadata);
    }

    /**
     * Appends an event row as an older release would have stored it, bypassing the application: to show that what
     * was stored at an earlier revision of an event type is still read.
     */
    public void storeAsReleased(String aggregateType, UUID aggregateId, long sequenceNumber, String payloadType,
                                String revision, String payload, String metadata, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      metadata, payload, payloadrevision, payloadtype, timestamp)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(aggregateId.toString(), sequenceNumber, aggregateType, UUID.randomUUID().toString(),
                        metadata.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8), revision,
                        payloadType, recordedAt.toString())
                .update();
    }

    private JsonNode parsed(byte[] metadata) {
        try {
            return json.readTree(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
