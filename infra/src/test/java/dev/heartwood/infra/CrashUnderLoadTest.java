package dev.heartwood.infra;

import dev.heartwood.infra.CommandLoad.Sent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application, in a process of its own on a PostgreSQL of the test's own, is killed outright (SIGKILL) while
 * several clients send it commands. Started again, it holds every command it acknowledged, nothing half-written,
 * and read models that equal a rebuild from the events. Its logs are kept when the test fails.
 */
class CrashUnderLoadTest {

    /** 128 + SIGKILL (9): how a JVM reports a process that was killed, not ended. */
    private static final int KILLED = 137;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path work;
    static OwnPostgres postgres;
    static HeartwoodProcess heartwood;

    @BeforeAll
    static void start() {
        postgres = OwnPostgres.startedIn(work.resolve("postgres"));
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
    void afterAKillUnderLoadEveryAcknowledgedCommandIsKeptWholeAndTheReadModelsEqualARebuild() {
        heartwood = HeartwoodProcess.start(postgres.jdbcUrl(), work, "before-the-crash");
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(heartwood.administrator());
        CommandLoad load = CommandLoad.startedOn(heartwood.administrator(), school);
        int exitCode;
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged().size() >= 150);
            exitCode = heartwood.kill();
        } finally {
            load.close();
        }
        assertThat(exitCode).as("killed by SIGKILL").isEqualTo(KILLED);
        List<Sent> answered = load.sent().stream().filter(sent -> sent.status() != -1).toList();
        assertThat(answered).as("until the crash, every command succeeded")
                .allSatisfy(sent -> assertThat(sent.acknowledged()).as("%s", sent).isTrue());

        heartwood = HeartwoodProcess.start(postgres.jdbcUrl(), work, "after-the-crash");
        Api admin = heartwood.administrator();

        JdbcClient jdbc = postgres.jdbc();
        EventStore store = new EventStore(jdbc);
        assertThat(load.acknowledged()).allSatisfy(sent -> assertThat(sent.foundIn(store)).as("%s", sent)
                .isEqualTo(sent.events()));
        assertThat(store.aggregatesWithGaps()).as("aggregates with an event missing").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM lookup_staff_member").query(Long.class).single())
                .as("the write side's lookups, written in the commands' own transactions")
                .isEqualTo(jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%.StaffMemberRegistered'")
                        .query(Long.class).single());

        Map<String, List<List<String>>> live = new LinkedHashMap<>();
        for (String processor : ReadModels.TABLES.keySet()) {
            admin.caughtUp(processor);
            live.put(processor, ReadModels.rows(jdbc, processor));
        }
        for (String processor : ReadModels.TABLES.keySet()) {
            admin.expect(202, admin.post("/api/admin/processors/" + processor + "/replay", ""));
            admin.caughtUp(processor);
            assertThat(ReadModels.rows(jdbc, processor)).as(processor).isEqualTo(live.get(processor));
        }
    }
}
