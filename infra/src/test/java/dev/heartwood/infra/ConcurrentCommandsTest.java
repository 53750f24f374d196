package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Commands that reach one appraisal at the same moment, from two application nodes on one database: each is
 * applied or refused with a 409, never half-applied, and the appraisal's stream stays whole. A command that loses
 * the race for the next place in the stream is refused with 409 {@code concurrent-change}.
 */
class ConcurrentCommandsTest extends ApiTestBase {

    private static final int COMMANDS = 40;

    @Autowired
    DataSource dataSource;

    /** One command over HTTP: what it is, and how it was answered. */
    private record Sent(String what, int status, String code) {
    }

    @Test
    void fortyCommandsAtOnceOnOneAppraisalFromTwoNodesAreEachAppliedOrRefusedWithA409() throws Exception {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        String appraisal = "/api/appraisals/" + school.appraisalId();

        try (ConfigurableApplicationContext second = SecondInstance.on(dataSource)) {
            Api other = Api.administrator(SecondInstance.port(second));
            List<Api> nodes = List.of(admin, other);
            long before = events.count();

            List<Sent> answers = allAtOnce(IntStream.range(0, COMMANDS).mapToObj(i -> (Command) () -> {
                Api node = nodes.get(i % 2);
                return switch (i % 4) {
                    case 0 -> sent("objective " + i, node.setObjective(school.appraisalId(), UUID.randomUUID(),
                            "Objective " + i));
                    case 1 -> sent("revision " + i, node.put(appraisal + "/objectives/" + school.objectiveId(), """
                            {"title": "Raise reading fluency, revision %d", "successCriteria": "Reading checks",
                             "standards": ["TS3"], "reason": "Class changed"}""".formatted(i)));
                    default -> sent("note " + i, node.post(appraisal + "/notes", """
                            {"noteId": "%s", "note": "Note %d"}""".formatted(UUID.randomUUID(), i)));
                };
            }).toList());

            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isIn(201, 204, 409));
            assertThat(answers).filteredOn(answer -> answer.status() == 409).extracting(Sent::code)
                    .allSatisfy(code -> assertThat(code).isIn("concurrent-change", "too-many-objectives"));
            long applied = answers.stream().filter(answer -> answer.status() != 409).count();
            assertThat(events.count() - before).as("one event for each command applied").isEqualTo(applied);

            JsonNode stream = admin.read(admin.get("/api/history/" + school.appraisalId())).path("events");
            assertThat(StreamSupport.stream(stream.spliterator(), false).map(e -> e.path("sequenceNumber").asInt()))
                    .as("the stream has no gap and no place twice").containsExactlyElementsOf(
                            IntStream.range(0, stream.size()).boxed().toList());
            List<String> objectives = objectivesSetIn(stream);
            assertThat(objectives).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(5)
                    .contains(school.objectiveId().toString());
            // the appraisal still loads on either node; one whose cached copy went stale refuses once, then applies
            for (Api node : nodes) {
                String afterwards = """
                        {"noteId": "%s", "note": "Afterwards"}""".formatted(UUID.randomUUID());
                ResponseEntity<String> answer = node.post(appraisal + "/notes", afterwards);
                if (answer.getStatusCode().value() == 409) {
                    assertThat(node.read(answer).path("code").asText()).isEqualTo("concurrent-change");
                    answer = node.post(appraisal + "/notes", afterwards);
                }
                node.expect(204, answer);
            }

            assertThat(admin.summaryOnceItShows(school.appraisalId(), objectives.size()).path("objectives")
                    .findValuesAsText("objectiveId")).containsExactlyInAnyOrderElementsOf(objectives);
        }
    }

    @Test
    void aCommandThatLosesTheRaceForTheNextPlaceInTheStreamIsA409AndAppendsNothing() throws Exception {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        long next = jdbc.sql("SELECT max(sequencenumber) + 1 FROM domainevententry WHERE aggregateidentifier = ?")
                .param(school.appraisalId().toString()).query(Long.class).single();

        try (Connection otherNode = dataSource.getConnection()) {
            otherNode.setAutoCommit(false);
            // another node has taken the next place in the appraisal's stream and not yet committed
            new EventStore(JdbcClient.create(new SingleConnectionDataSource(otherNode, true))).storeAsReleased(
                    "Appraisal", school.appraisalId(), next, "dev.heartwood.appraisal.api.ProgressNoteAdded", "1", """
                            {"appraisalId": "%s", "schoolId": "%s", "noteId": "%s", "note": "From the other node",
                             "confidential": false, "addedOn": "2026-07-15"}"""
                            .formatted(school.appraisalId(), school.schoolId(), UUID.randomUUID()),
                    "{}", Instant.parse("2026-07-15T09:00:00Z"));
            long before = events.count();

            CompletableFuture<ResponseEntity<String>> note = CompletableFuture.supplyAsync(() -> admin.post(
                    "/api/appraisals/" + school.appraisalId() + "/notes",
                    "{\"noteId\": \"" + UUID.randomUUID() + "\", \"note\": \"From this node\"}"));
            await().atMost(Duration.ofSeconds(30)).until(this::anInsertWaitsForAnotherTransaction);
            otherNode.commit();

            assertThat(admin.refusal(409, note.get(30, TimeUnit.SECONDS))).isEqualTo("concurrent-change");
            assertThat(events.count()).isEqualTo(before + 1);
        }
        // sent again, it is applied after the other node's event
        admin.expect(204, admin.post("/api/appraisals/" + school.appraisalId() + "/notes",
                "{\"noteId\": \"" + UUID.randomUUID() + "\", \"note\": \"From this node\"}"));
        assertThat(events.typesOf(school.appraisalId())).endsWith("dev.heartwood.appraisal.api.ProgressNoteAdded",
                "dev.heartwood.appraisal.api.ProgressNoteAdded");
    }

    @FunctionalInterface
    private interface Command {
        Sent send();
    }

    /** The commands sent together by as many threads, once all are ready. */
    private static List<Sent> allAtOnce(List<Command> commands) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(commands.size());
        try {
            CountDownLatch ready = new CountDownLatch(1);
            List<Future<Sent>> sent = new ArrayList<>();
            commands.forEach(command -> sent.add(threads.submit(() -> {
                ready.await();
                return command.send();
            })));
            ready.countDown();
            List<Sent> answers = new ArrayList<>();
            for (Future<Sent> answer : sent) {
                answers.add(answer.get(2, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private Sent sent(String what, ResponseEntity<String> response) {
        int status = response.getStatusCode().value();
        return new Sent(what, status, status >= 400 ? admin.read(response).path("code").asText() : null);
    }

    private static List<String> objectivesSetIn(JsonNode stream) {
        return StreamSupport.stream(stream.spliterator(), false)
                .filter(event -> event.path("type").asText().equals("ObjectiveSet"))
                .map(event -> event.path("payload").path("objectiveId").asText())
                .toList();
    }

    private boolean anInsertWaitsForAnotherTransaction() {
        return jdbc.sql("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE wait_event_type = 'Lock' AND query ILIKE 'INSERT INTO DomainEventEntry%'""")
                .query(Long.class).single() > 0;
    }

}
