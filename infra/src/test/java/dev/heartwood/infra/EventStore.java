package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    public List<String> typesOf(UUID aggregateId) {
        return jdbc.sql("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                .param(aggregateId.toString())
                .query(String.class)
                .list();
    }

    public JsonNode metadataOfFirstEvent(UUID aggregateId) {
        byte[] metadata = jdbc.sql("SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0")
                .param(aggregateId.toString())
                .query(byte[].class)
                .single();
        try {
            return json.readTree(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
