package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rebuilding read models from the admin endpoint gives back exactly the rows the live projections built, in tables
 * that look as Flyway made them, and the live tables answer until the rebuilt ones take their place.
 */
class ReplayTest extends ApiTestBase {

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

    /** Each processing group whose projections declare their tables, and those tables. */
    private Map<String, List<String>> declaredReadModels() {
        Map<String, List<String>> readModels = new TreeMap<>();
        context.getBeansWithAnnotation(ProjectionTables.class).values().forEach(projection -> readModels
                .computeIfAbsent(projection.getClass().getAnnotation(ProcessingGroup.class).value(),
                        group -> new ArrayList<>())
                .addAll(List.of(projection.getClass().getAnnotation(ProjectionTables.class).value())));
        return readModels;
    }

    /** The tables' constraints and indexes by name, as PostgreSQL would create them again. */
    private List<String> constraintsAndIndexes(List<String> tables) {
        return jdbc.sql("""
                        SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                        WHERE conrelid::regclass::text = ANY (?)
                        UNION ALL
                        SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY (?)
                        ORDER BY 1""")
                .param(tables.toArray(String[]::new))
                .param(tables.toArray(String[]::new))
                .query(String.class).list();
    }

    @Test
    void aRebuildGivesExactlyTheRowsTheLiveProjectionsBuilt() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        admin.expect(204, admin.post("/api/appraisals/" + school.appraisalId() + "/objectives/"
                + school.objectiveId() + "/withdrawal", "{\"reason\": \"Moved to Year 6\"}"));
        admin.expect(200, admin.post("/api/schools/" + school.schoolId() + "/training-requirements/standard-set",
                "{\"effectiveFrom\": \"2025-09-01\"}"));
        // the tests that compare read models from outside the application list them; they must list them all
        assertThat(declaredReadModels()).allSatisfy((processor, tables) ->
                assertThat(ReadModels.TABLES.get(processor)).as(processor).containsExactlyInAnyOrderElementsOf(tables));
        assertThat(ReadModels.TABLES.keySet()).isEqualTo(declaredReadModels().keySet());
        ReadModels.TABLES.forEach((processor, tables) -> {
            caughtUp(processor);
            List<List<String>> live = ReadModels.rows(jdbc, processor);
            List<String> schema = constraintsAndIndexes(tables);

            admin.expect(202, admin.post("/api/admin/processors/" + processor + "/replay", ""));
            caughtUp(processor);

            assertThat(ReadModels.rows(jdbc, processor)).as(processor).isEqualTo(live);
            assertThat(constraintsAndIndexes(tables)).as(processor).isEqualTo(schema);
        });
    }

    @Test
    void theLiveTablesAnswerUntilTheRebuiltOnesHaveCaughtUpAndTakeTheirPlace() throws Exception {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        String schoolPath = "/api/schools/" + school.schoolId();
        caughtUp("directory");
        String name = admin.read(admin.get(schoolPath)).path("name").asText();
        // the row as an older version of the projection left it, so that old and new can be told apart
        jdbc.sql("UPDATE school_view SET name = 'Left by the old projection' WHERE school_id = ?")
                .param(school.schoolId()).update();

        try (Connection longReport = dataSource.getConnection()) {
            // a report still reading the live table holds the switch back
            longReport.setAutoCommit(false);
            longReport.createStatement().execute("SELECT count(*) FROM school_view");

            admin.expect(202, admin.post("/api/admin/processors/directory/replay", ""));
            JsonNode rebuilding = await().atMost(Duration.ofSeconds(30)).until(() -> admin.statusOf("directory"),
                    status -> status.path("replaying").asBoolean()
                            && status.path("done").asLong() >= status.path("total").asLong());

            assertThat(rebuilding.path("total").asLong()).isPositive();
            assertThat(rebuilding.path("eventsPerSecond").asDouble()).isPositive();
            assertThat(rebuilding.path("secondsLeft").numberValue()).isEqualTo(0);
            // a scrape reads the rebuild's segments afresh; on a busy machine one may be between two claims
            await().atMost(Duration.ofSeconds(30)).until(() -> admin.get("/actuator/prometheus").getBody(),
                    metrics -> metrics.contains("heartwood_replay_progress{processor=\"directory\"} 1.0"));
            assertThat(admin.refusal(409, admin.post("/api/admin/processors/directory/replay", "")))
                    .isEqualTo("rebuild-under-way");
            assertThat(admin.read(admin.get(schoolPath)).path("name").asText())
                    .isEqualTo("Left by the old projection");
            assertThat(jdbc.sql("SELECT name FROM rebuild_directory.school_view WHERE school_id = ?")
                    .param(school.schoolId()).query(String.class).single()).isEqualTo(name);
            assertThat(jdbc.sql("SELECT count(*) FROM tokenentry WHERE processorname = 'directory@rebuild'")
                    .query(Long.class).single()).as("the rebuild reads the stream in one segment").isOne();
            longReport.rollback();
        }
        caughtUp("directory");

        assertThat(admin.read(admin.get(schoolPath)).path("name").asText()).isEqualTo(name);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'rebuild_directory'")
                .query(Long.class).single()).isZero();

        // the rebuild ran in one segment; each of the live processor's segments carries on from where it stopped
        assertThat(jdbc.sql("SELECT count(*) FROM tokenentry WHERE processorname = 'directory'")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM tokenentry WHERE processorname = 'directory@rebuild'")
                .query(Long.class).single()).isZero();
        UUID later = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(later, "Registered after the rebuild"));
        caughtUp("directory");
        assertThat(admin.read(admin.get("/api/schools/" + later)).path("name").asText())
                .isEqualTo("Registered after the rebuild");
        assertThat(jdbc.sql("SELECT count(*) FROM school_view WHERE school_id = ?").param(later)
                .query(Long.class).single()).isOne();
    }

    @Test
    void onlyAnAdministratorRebuildsAndOnlyAProcessorThatKeepsAReadModel() {
        UUID school = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(school, "Oakfield Primary"));
        Api headteacher = headteacherOf(school);

        assertThat(headteacher.refusal(403, headteacher.post("/api/admin/processors/directory/replay", "")))
                .isEqualTo("forbidden");
        assertThat(admin.refusal(404, admin.post("/api/admin/processors/no-such-thing/replay", "")))
                .isEqualTo("processor-not-found");
        assertThat(admin.refusal(409, admin.post("/api/admin/processors/appraisal-lookups/replay", "")))
                .isEqualTo("processor-not-replayable");
        // a policy sends commands: replaying it would act again on what is long done
        assertThat(admin.refusal(409, admin.post("/api/admin/processors/appraisal-policies/replay", "")))
                .isEqualTo("processor-not-replayable");
    }
}
