package dev.heartwood.infra.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The real application, started in the benchmark's own JVM so that the generator can send commands through its
 * gateway and set the school day on its clock: the same beans, database, processors and HTTP API as {@code ./run}.
 */
final class RunningApplication implements AutoCloseable {

    /** A user whose password is not hashed, so that the figures measure Heartwood rather than bcrypt. */
    static final String USER = "benchmark";
    static final String PASSWORD = "benchmark";

    private final ConfigurableApplicationContext context;
    final double secondsToStart;

    private RunningApplication(ConfigurableApplicationContext context, double secondsToStart) {
        this.context = context;
        this.secondsToStart = secondsToStart;
    }

    /** Starts on the embedded PostgreSQL in {@code dataDirectory}, or on SPRING_DATASOURCE_URL when it is set. */
    static RunningApplication start(Path dataDirectory, Path log, Clock clock) {
        return started(List.of("--heartwood.embedded-postgres.data-directory=" + dataDirectory,
                // to count the statements of each phase (ignored on SPRING_DATASOURCE_URL's server)
                "--heartwood.embedded-postgres.settings[shared_preload_libraries]=pg_stat_statements"), log, clock);
    }

    /** A second instance on the first one's database: its own processors, sharing the first one's tokens. */
    static RunningApplication joining(RunningApplication first, Path log, Clock clock) {
        HikariDataSource database = first.dataSource();
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                // in the same JVM as the first: without a name of its own it would claim the first's segments too
                "--heartwood.processing.node-name=second-instance"));
        if (database.getPassword() != null) {
            arguments.add("--spring.datasource.password=" + database.getPassword());
        }
        return started(arguments, log, clock);
    }

    private static RunningApplication started(List<String> database, Path log, Clock clock) {
        List<String> arguments = new ArrayList<>(database);
        arguments.addAll(List.of(
                "--server.port=0",
                "--heartwood.security.users[0].username=" + USER,
                "--heartwood.security.users[0].password={noop}" + PASSWORD,
                "--heartwood.security.users[0].role=ADMINISTRATOR",
                "--heartwood.security.users[1].username=admin",
                "--heartwood.security.users[1].password=" + PASSWORD,
                "--heartwood.security.users[1].role=ADMINISTRATOR",
                // people of the trust, who read the pages: their user names are the addresses Pages gives them
                "--heartwood.security.users[2].username=" + Pages.READERS.get("teacher"),
                "--heartwood.security.users[2].password={noop}" + PASSWORD,
                "--heartwood.security.users[3].username=" + Pages.READERS.get("headteacher"),
                "--heartwood.security.users[3].password={noop}" + PASSWORD,
                "--heartwood.security.users[4].username=" + Pages.READERS.get("trust leader"),
                "--heartwood.security.users[4].password={noop}" + PASSWORD,
                // the benchmark's own database, when SPRING_DATASOURCE_URL names one, is a test rig's
                "--heartwood.security.local-mode.allowed-on-external-database=true",
                "--logging.file.name=" + log,
                "--logging.threshold.console=WARN"));
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HeartwoodApplication.class)
                .initializers(app -> ((GenericApplicationContext) app).registerBean("simulatedClock", Clock.class,
                        () -> clock, definition -> definition.setPrimary(true)))
                .run(arguments.toArray(String[]::new));
        return new RunningApplication(context, (System.nanoTime() - started) / 1e9);
    }

    /** Its streaming event processors, whose segments it may hand to another instance. */
    List<StreamingEventProcessor> streamingProcessors() {
        return context.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    Api api() {
        return new Api(port(), USER, PASSWORD).unchecked();
    }

    /** The same user through a bcrypt-hashed password, as {@code HEARTWOOD_ADMIN_PASSWORD} configures admin. */
    Api apiWithHashedPassword() {
        return new Api(port(), "admin", PASSWORD).unchecked();
    }

    CommandGateway gateway() {
        return context.getBean(CommandGateway.class);
    }

    HikariDataSource dataSource() {
        return context.getBean(HikariDataSource.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
