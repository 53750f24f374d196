package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heartwood.infra.CommandLoad.Kind;
import dev.heartwood.infra.CommandLoad.Sent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stops under load and starts again: the application, in a process of its own, answers every request
 * with a 503 problem within two seconds while it is away and reports itself down, and when it returns carries on
 * without a restart, its processors going on from where they were. Its log is kept when the test fails.
 */
class DatabaseOutageTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path work;
    static OwnPostgres postgres;
    static HeartwoodProcess heartwood;

    @BeforeAll
    static void start() {
        postgres = OwnPostgres.startedIn(work.resolve("postgres"));
        heartwood = HeartwoodProcess.start(postgres.jdbcUrl(), work, "heartwood");
    }

    @AfterAll
    static void stop() {
        try {
            if (heartwood != null) {
                heartwood.close();
            }
        } finally {
            postgres.close();
        }
    }

    @Test
    void whileTheDatabaseIsAwayEveryRequestIsRefusedFastAndOnItsReturnWorkCarriesOnWithNothingLost() {
        Api admin = heartwood.administrator();
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        Instant down;
        Instant up;
        ResponseEntity<String> health;
        ResponseEntity<String> summary;
        CommandLoad load = CommandLoad.startedOn(admin, school);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged().size() >= 20);

            postgres.stop();
            down = Instant.now();
            health = await().atMost(Duration.ofSeconds(10)).until(() -> admin.get("/actuator/health"),
                    answer -> answer.getStatusCode().value() == 503);
            summary = admin.get("/api/appraisals/" + school.appraisalId());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> load.sent().stream().filter(sent -> sent.at().isAfter(down)).count() >= 12);
            up = Instant.now();
            postgres.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged().stream()
                    .filter(sent -> sent.at().isAfter(up)).count() >= 12);
        } finally {
            load.close();
        }

        assertThat(load.sent()).as("every request answered, none with a 500")
                .allSatisfy(sent -> assertThat(sent.status()).as("%s", sent).isIn(200, 201, 503));
        assertThat(load.sent().stream().filter(sent -> sent.within(down, up)).toList())
                .hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(sent -> {
                    assertThat(sent.status()).isEqualTo(503);
                    assertThat(sent.code()).isEqualTo("database-unavailable");
                    assertThat(sent.retryAfter()).isEqualTo("5");
                    assertThat(sent.took()).as("%s", sent).isLessThan(Duration.ofSeconds(2));
                });
        assertThat(admin.refusal(503, summary)).as("a read").isEqualTo("database-unavailable");
        assertThat(summary.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        JsonNode healthWhileDown = admin.read(health);
        assertThat(healthWhileDown.path("status").asText()).isEqualTo("DOWN");
        assertThat(healthWhileDown.path("components").path("db").path("status").asText()).isEqualTo("DOWN");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/actuator/health").getStatusCode().value() == 200);
        // a segment whose work failed while the database was away is claimed again after Axon's back-off,
        // which grows to a minute
        ReadModels.TABLES.keySet().forEach(processor -> admin.caughtUp(processor, Duration.ofSeconds(90)));
        thenNothingAcknowledgedIsLostAndEveryEventIsAppliedOnce(load.acknowledged());
    }

    private static void thenNothingAcknowledgedIsLostAndEveryEventIsAppliedOnce(List<Sent> acknowledged) {
        JdbcClient jdbc = postgres.jdbc();
        EventStore store = new EventStore(jdbc);
        assertThat(acknowledged).allSatisfy(sent -> assertThat(sent.foundIn(store)).as("%s", sent)
                .isEqualTo(sent.events()));
        assertThat(store.aggregatesWithGaps()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM deadletterentry").query(Long.class).single())
                .as("events parked because the database was away").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single())
                .as("one audit line for each event").isEqualTo(store.count());
        assertThat(jdbc.sql("SELECT staff_id FROM staff_view").query(UUID.class).list())
                .containsAll(created(acknowledged, Kind.STAFF_REGISTERED));
        assertThat(jdbc.sql("SELECT objective_id FROM appraisal_summary_objective").query(UUID.class).list())
                .containsAll(created(acknowledged, Kind.OBJECTIVE_SET));
    }

    private static List<UUID> created(List<Sent> sent, Kind kind) {
        return sent.stream().filter(one -> one.kind() == kind).map(Sent::createdId).toList();
    }
}
