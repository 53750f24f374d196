package dev.heartwood.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.GenericDeadLetterTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The read models' schema in one embedded PostgreSQL per test JVM, migrated once and emptied before each test, on
 * which projections are built directly and fed events as their processor would feed them. Register it with
 * {@code @RegisterExtension static final ProjectionSchema schema = new ProjectionSchema();}.
 * <p>
 * Flyway makes the tables from the locations on this module's classpath: its own and those of the modules it reads.
 * The event store's tables are infra's (V1), which this module cannot see; the fixture makes them as Axon makes them
 * and Flyway's baseline, version 1, stands for that migration. The reporting migrations clear processors' positions
 * in them, and some projections read an event's own global index there.
 */
public final class ProjectionSchema implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** This module's location and those of the modules it depends on. */
    private static final List<String> LOCATIONS = List.of("classpath:db/migration/appraisal",
            "classpath:db/migration/learning", "classpath:db/migration/reporting");

    private static final String SCHEMA = "projections";

    /** When the first event of each test was recorded; each further event a minute later. */
    private static final Instant FIRST_RECORDED = Instant.parse("2025-09-01T08:00:00Z");

    private static String url;

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final Map<String, Long> sequences = new HashMap<>();
    private Instant recorded;
    private SingleConnectionDataSource connection;
    private JdbcClient jdbc;

    /** The schema's address, once the server has started (zonky's shutdown hook stops it) and Flyway has made it. */
    private static synchronized String migrated() throws IOException, SQLException {
        if (url == null) {
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            String schemaUrl = server.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + SCHEMA;
            SingleConnectionDataSource setUp = new SingleConnectionDataSource(schemaUrl, true);
            try (Connection axon = setUp.getConnection(); Statement schema = axon.createStatement()) {
                schema.execute("CREATE SCHEMA " + SCHEMA);
                PostgresEventTableFactory.INSTANCE.createDomainEventTable(axon, new EventSchema()).execute();
                PostgresTokenTableFactory.INSTANCE.createTable(axon, TokenSchema.builder().build()).execute();
                try (Statement deadLetters = new ByteaDeadLetters().createTableStatement(axon,
                        DeadLetterSchema.defaultSchema())) {
                    deadLetters.executeBatch();
                }
            } finally {
                setUp.destroy();
            }
            Flyway.configure().dataSource(server.getPostgresDatabase()).schemas(SCHEMA)
                    .locations(LOCATIONS.toArray(String[]::new))
                    .baselineOnMigrate(true).baselineVersion("1")
                    .load().migrate();
            url = schemaUrl;
        }
        return url;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, SQLException {
        connection = new SingleConnectionDataSource(migrated(), true);
        jdbc = JdbcClient.create(connection);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        List<String> tables = jdbc.sql("""
                        SELECT quote_ident(tablename) FROM pg_tables
                        WHERE schemaname = ? AND tablename <> 'flyway_schema_history'""")
                .param(SCHEMA).query(String.class).list();
        jdbc.sql("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY").update();
        sequences.clear();
        recorded = FIRST_RECORDED;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        connection.destroy();
    }

    /** The schema's tables, for building projections and reading their rows. */
    public JdbcClient jdbc() {
        return jdbc;
    }

    /**
     * The rows a query finds, each as its columns' text joined by {@code " | "} (a null as {@code null}, a boolean
     * as {@code t} or {@code f}), to compare with the values expected.
     */
    public List<String> rows(String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query((row, number) -> {
            List<String> columns = new ArrayList<>();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                columns.add(String.valueOf(row.getString(column)));
            }
            return String.join(" | ", columns);
        }).list();
    }

    public Appends appends() {
        return new Appends(new NamedParameterJdbcTemplate(connection));
    }

    /** Jackson from Spring's builder, as Spring Boot makes the one the application's projections are given. */
    public ObjectMapper json() {
        return json;
    }

    /**
     * An event of its own aggregate, as the aggregate's event sourcing makes it: the next in the aggregate's sequence,
     * recorded a minute after the last.
     */
    public DomainEventMessage<?> event(String aggregateType, String aggregateId, Object payload,
                                       Map<String, ?> metaData) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        Instant at = recorded;
        recorded = recorded.plusSeconds(60);
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, metaData,
                UUID.randomUUID().toString(), at);
    }

    /**
     * The payload as the only event of an aggregate of its own, applied as {@link #apply(Object, DomainEventMessage)}
     * applies it.
     *
     * @return the event's global index
     */
    public long apply(Object projection, Object payload) {
        return apply(projection, event("Aggregate", UUID.randomUUID().toString(), payload, Map.of()));
    }

    /**
     * Appends the event to the event store, which gives it its global index, and applies it to the projection's
     * {@code @EventHandler}s in a unit of work of its own, with its tracking token: the way a streaming processor
     * applies a batch of one.
     *
     * @return the event's global index
     */
    public long apply(Object projection, DomainEventMessage<?> event) {
        long index = jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      payload, payloadtype, timestamp)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING globalindex""")
                .params(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getType(),
                        event.getIdentifier(), json.valueToTree(event.getPayload()).toString().getBytes(),
                        event.getPayloadType().getName(), event.getTimestamp().toString())
                .query(Long.class).single();
        handle(projection, event, index);
        return index;
    }

    /** Applies an event already applied once again, as a processor does after a batch failed to commit its position. */
    public void reapply(Object projection, DomainEventMessage<?> event) {
        handle(projection, event, jdbc.sql("SELECT globalindex FROM domainevententry WHERE eventidentifier = ?")
                .param(event.getIdentifier()).query(Long.class).single());
    }

    private void handle(Object projection, DomainEventMessage<?> event, long index) {
        TrackedEventMessage<?> tracked = new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(index), event);
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(tracked)
                .executeWithResult(() -> handlers.handle(tracked));
        if (result.isExceptional()) {
            throw new AssertionError("the projection failed on " + event.getPayloadType().getSimpleName(),
                    result.exceptionResult());
        }
    }

    /** Axon's dead-letter table in PostgreSQL's type for bytes (Axon's generic one says BLOB). */
    private static final class ByteaDeadLetters extends GenericDeadLetterTableFactory {

        @Override
        protected String serializedDataType() {
            return "BYTEA";
        }
    }
}
