package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static dev.heartwood.infra.OwnDataDirectory.api;
import static dev.heartwood.infra.OwnDataDirectory.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default keeps its data: the application is stopped and started again on the same data
 * directory. Runs its own contexts, apart from the shared one.
 */
class RestartTest {

    @TempDir
    Path dataDirectory;

    private static long events(ConfigurableApplicationContext context) {
        return new EventStore(context.getBean(JdbcClient.class)).count();
    }

    @Test
    void eventsAndReadModelsSurviveARestartAndStoppingLeavesNoPostgresRunning() throws Exception {
        SchoolWithAnAppraisal school;
        long eventsBefore;
        long postmaster;
        try (ConfigurableApplicationContext first = started(dataDirectory)) {
            school = SchoolWithAnAppraisal.createdThrough(api(first));
            api(first).summaryOnceItShows(school.appraisalId(), 1);
            eventsBefore = events(first);
            postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            assertThat(ProcessHandle.of(postmaster)).hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());
        }

        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
        // PostgreSQL removes its pid file just before its process ends
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive).isEmpty());

        try (ConfigurableApplicationContext second = started(dataDirectory)) {
            assertThat(events(second)).isEqualTo(eventsBefore).isEqualTo(6);
            JsonNode summary = api(second).read(api(second).get("/api/appraisals/" + school.appraisalId()));
            assertThat(summary.path("appraisee").path("name").asText()).isEqualTo("Asha Patel");
            assertThat(summary.path("objectives").get(0).path("objectiveId").asText())
                    .isEqualTo(school.objectiveId().toString());
        }
    }
}
