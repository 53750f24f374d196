package dev.heartwood.infra.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the same PostgreSQL does without Heartwood or Axon in the way: single-row inserts, one per transaction, into
 * a scratch copy of the event table, and one ordered read of the whole event table.
 */
final class RawPostgres {

    /** The event table's columns, constraints and indexes (V1__axon_event_store.sql), under another name. */
    private static final String SCRATCH = """
            CREATE TABLE benchmark_raw_event (
                globalIndex BIGSERIAL NOT NULL PRIMARY KEY, aggregateIdentifier VARCHAR(255) NOT NULL,
                sequenceNumber BIGINT NOT NULL, type VARCHAR(255), eventIdentifier VARCHAR(255) NOT NULL UNIQUE,
                metaData BYTEA, payload BYTEA NOT NULL, payloadRevision VARCHAR(255),
                payloadType VARCHAR(255) NOT NULL, timeStamp VARCHAR(255) NOT NULL,
                UNIQUE (aggregateIdentifier, sequenceNumber))""";

    record Inserts(long rows, double seconds, Latencies latencies) {

        double perSecond() {
            return rows / seconds;
        }
    }

    record Read(long rows, long bytes, double seconds) {

        double perSecond() {
            return rows / seconds;
        }
    }

    private final String url;
    private final String user;
    private final String password;

    RawPostgres(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The average payload and metadata sizes, in bytes, of the events after a global index. */
    int[] eventSizesAfter(long globalIndex) throws SQLException {
        try (Connection connection = connect(); PreparedStatement sizes = connection.prepareStatement("""
                SELECT coalesce(avg(octet_length(payload)), 0), coalesce(avg(octet_length(metaData)), 0)
                FROM DomainEventEntry WHERE globalIndex > ?""")) {
            sizes.setLong(1, globalIndex);
            try (ResultSet row = sizes.executeQuery()) {
                row.next();
                return new int[] {(int) Math.round(row.getDouble(1)), (int) Math.round(row.getDouble(2))};
            }
        }
    }

    Inserts inserts(int threads, int seconds, int payloadBytes, int metadataBytes) throws Exception {
        try (Connection connection = connect(); Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS benchmark_raw_event");
            ddl.execute(SCRATCH);
        }
        AtomicBoolean counting = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Latencies>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int seed = i;
            futures.add(pool.submit(() -> insertUntilStopped(seed, payloadBytes, metadataBytes, counting, running)));
        }
        Thread.sleep(CommandLoad.WARM_UP_SECONDS * 1000L);
        counting.set(true);
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        counting.set(false);
        double elapsed = (System.nanoTime() - started) / 1e9;
        running.set(false);
        List<Latencies> latencies = new ArrayList<>();
        for (Future<Latencies> future : futures) {
            latencies.add(future.get());
        }
        pool.shutdown();
        try (Connection connection = connect(); Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE benchmark_raw_event");
        }
        Latencies all = Latencies.merged(latencies);
        return new Inserts(all.count(), elapsed, all);
    }

    private Latencies insertUntilStopped(int seed, int payloadBytes, int metadataBytes, AtomicBoolean counting,
                                         AtomicBoolean running) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] payload = new byte[payloadBytes];
        byte[] metadata = new byte[metadataBytes];
        Latencies latencies = new Latencies();
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO benchmark_raw_event (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                payload, payloadRevision, payloadType, timeStamp) VALUES (?, 0, 'Raw', ?, ?, ?, '1', 'raw.Event', ?)""")) {
            connection.setAutoCommit(true); // one row, one transaction, as a command appends its event
            while (running.get()) {
                random.nextBytes(payload);
                random.nextBytes(metadata);
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setBytes(3, metadata);
                insert.setBytes(4, payload);
                insert.setString(5, Instant.now().toString());
                boolean counted = counting.get();
                long started = System.nanoTime();
                insert.executeUpdate();
                if (counted && counting.get()) {
                    latencies.record(System.nanoTime() - started);
                }
            }
        }
        return latencies;
    }

    /** Reads every event, every column, in global order through one cursor. */
    Read readEventTable() throws SQLException {
        long rows = 0;
        long bytes = 0;
        long started = System.nanoTime();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement read = connection.prepareStatement("""
                    SELECT globalIndex, aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, payload,
                    payloadRevision, payloadType, timeStamp FROM DomainEventEntry ORDER BY globalIndex""")) {
                read.setFetchSize(1000);
                try (ResultSet row = read.executeQuery()) {
                    while (row.next()) {
                        row.getLong(1);
                        row.getString(2);
                        row.getLong(3);
                        row.getString(4);
                        row.getString(5);
                        bytes += length(row.getBytes(6)) + length(row.getBytes(7));
                        row.getString(8);
                        row.getString(9);
                        row.getString(10);
                        rows++;
                    }
                }
            }
            connection.commit();
        }
        return new Read(rows, bytes, (System.nanoTime() - started) / 1e9);
    }

    private static int length(byte[] column) {
        return column == null ? 0 : column.length;
    }

    String version() throws SQLException {
        try (Connection connection = connect(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SHOW server_version")) {
            row.next();
            return row.getString(1);
        }
    }

    /** A setting of the server, such as synchronous_commit or shared_buffers. */
    String setting(String name) throws SQLException {
        try (Connection connection = connect(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
