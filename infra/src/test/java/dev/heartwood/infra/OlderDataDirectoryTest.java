package dev.heartwood.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static dev.heartwood.infra.PasswordlessLogin.Answer.ASKED_FOR_A_PASSWORD;
import static dev.heartwood.infra.PasswordlessLogin.Answer.LET_IN;
import static dev.heartwood.infra.OwnDataDirectory.api;
import static dev.heartwood.infra.OwnDataDirectory.started;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data directory made by an earlier release, which let anyone on the machine in as the superuser and built its
 * tables as the superuser, is secured on its first start by this one: it asks for passwords from then on, and the
 * application, working as a role of its own, still records, reports and rebuilds its read models on the tables it
 * found. Runs its own contexts, apart from the shared one.
 */
@ExtendWith(OutputCaptureExtension.class)
class OlderDataDirectoryTest {

    @TempDir
    Path dataDirectory;

    /**
     * As the earlier release left it: zonky's trusting data directory, on which the application worked as the
     * superuser (Flyway too), with a school recorded.
     */
    private void anEarlierReleaseRecorded(UUID school) throws IOException {
        try (EmbeddedPostgres older = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             ConfigurableApplicationContext earlier = new SpringApplicationBuilder(HeartwoodApplication.class)
                     .profiles("test")
                     .run("--spring.datasource.url=" + older.getJdbcUrl("postgres", "postgres"),
                             "--spring.datasource.username=postgres", "--server.port=0")) {
            assertThat(PasswordlessLogin.overTheLoopback(older.getPort())).isEqualTo(LET_IN);
            api(earlier).expect(201, api(earlier).registerSchool(school, "Oakfield Primary"));
            api(earlier).caughtUp("directory");
        }
    }

    @Test
    void isSecuredOnItsFirstStartAndTheApplicationGoesOnRecordingReportingAndRebuilding(CapturedOutput output)
            throws Exception {
        UUID school = UUID.randomUUID();
        anEarlierReleaseRecorded(school);

        try (ConfigurableApplicationContext secured = started(dataDirectory)) {
            Api admin = api(secured);
            int port = secured.getBean(EmbeddedPostgres.class).getPort();
            JdbcClient jdbc = secured.getBean(JdbcClient.class);
            UUID later = UUID.randomUUID();

            assertThat(PasswordlessLogin.overTheLoopback(port)).isEqualTo(ASKED_FOR_A_PASSWORD);
            assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("heartwood");
            assertThat(admin.read(admin.get("/api/schools/" + school)).path("name").asText())
                    .isEqualTo("Oakfield Primary");
            admin.expect(201, admin.registerSchool(later, "Birchwood Academy"));
            admin.caughtUp("directory");
            admin.expect(202, admin.post("/api/admin/processors/directory/replay", ""));
            admin.caughtUp("directory");
            assertThat(jdbc.sql("SELECT name FROM school_view WHERE school_id IN (?, ?) ORDER BY name")
                    .params(school, later).query(String.class).list())
                    .containsExactly("Birchwood Academy", "Oakfield Primary");
            assertThat(jdbc.sql("""
                            SELECT tablename || ' ' || tableowner FROM pg_tables
                            WHERE tablename IN ('domainevententry', 'access_log', 'school_view', 'tokenentry')
                            ORDER BY tablename""").query(String.class).list())
                    .containsExactly("access_log heartwood_owner", "domainevententry heartwood_owner",
                            "school_view heartwood", "tokenentry heartwood");
        }

        List<String> passwords = Files.readAllLines(dataDirectory.resolve("heartwood.pgpass")).stream()
                .filter(line -> !line.startsWith("#")).map(line -> line.substring(line.lastIndexOf(':') + 1))
                .toList();
        assertThat(passwords).hasSize(3);
        assertThat(output.getAll()).doesNotContain(passwords);
    }
}
