package dev.heartwood.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Heartwood in a JVM of its own, started from the test's classpath on a PostgreSQL of the test's choosing, so a
 * test can kill it as a crash would. The signed-in users are those of the test profile. Its output goes to a log
 * file in the directory the test gives, to read when a test fails.
 */
public final class HeartwoodProcess implements AutoCloseable {

    private static final Duration START_UP = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final int port;

    private HeartwoodProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the application and waits until it answers its health check as up.
     *
     * @param workDirectory where its log goes ({@code name}.log)
     * @param properties    further Spring properties, as {@code name=value}
     */
    public static HeartwoodProcess start(String jdbcUrl, Path workDirectory, String name, String... properties) {
        int port = FreePort.any();
        Path log = workDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"),
                HeartwoodApplication.class.getName(),
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--server.port=" + port));
        for (String property : properties) {
            command.add("--" + property);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        try {
            Process process = builder.start();
            // should the test run itself be ended, the application must not outlive it
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            try {
                HeartwoodProcess heartwood = new HeartwoodProcess(process, log, port);
                heartwood.awaitHealthy();
                return heartwood;
            } catch (RuntimeException | Error failure) {
                process.destroyForcibly();
                throw new AssertionError("Heartwood did not start; its log " + log + " ends:\n" + tail(log), failure);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).build();
        await().atMost(START_UP).ignoreExceptionsMatching(e -> e instanceof IOException).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Heartwood stopped with exit code " + process.exitValue());
            }
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        });
    }

    public int port() {
        return port;
    }

    public Api administrator() {
        return Api.administrator(port);
    }

    public Path log() {
        return log;
    }

    /**
     * Kills the process with SIGKILL, as the machine failing would: no shutdown hook runs, nothing is flushed or
     * closed. Answers its exit code (128 + 9 on Linux).
     */
    public int kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Heartwood did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
