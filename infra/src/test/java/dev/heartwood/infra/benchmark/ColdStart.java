package dev.heartwood.infra.benchmark;

import dev.heartwood.infra.HeartwoodApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from start to ready as an operator sees it: a new JVM runs the application, as {@code ./run} does, on the
 * database the benchmark filled (the embedded PostgreSQL starts from its data directory unless
 * SPRING_DATASOURCE_URL is set), until {@code /actuator/health} answers UP: the database reachable and every
 * event processor running.
 */
final class ColdStart {

    private static final Pattern STARTED = Pattern.compile("Started HeartwoodApplication in ([0-9.]+) seconds");

    /** Wall time to an UP health check, and the time Spring reported for the application's own start. */
    record Result(double secondsToReady, Double springSeconds) {
    }

    static Result measure(Path dataDirectory, Path log) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), HeartwoodApplication.class.getName(),
                "--heartwood.embedded-postgres.data-directory=" + dataDirectory, "--server.port=" + port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("HEARTWOOD_ADMIN_PASSWORD", RunningApplication.PASSWORD);
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        Process application = builder.start();
        try {
            while (true) {
                if (!application.isAlive()) {
                    throw new IllegalStateException("the application stopped while starting; see " + log);
                }
                try {
                    HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(5)) {
                    throw new IllegalStateException("the application was not ready in five minutes; see " + log);
                }
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Matcher spring = STARTED.matcher(Files.readString(log));
            return new Result(seconds, spring.find() ? Double.valueOf(spring.group(1)) : null);
        } finally {
            application.destroy(); // SIGTERM: a graceful stop that also stops its PostgreSQL
            if (!application.waitFor(2, TimeUnit.MINUTES)) {
                application.destroyForcibly();
            }
        }
    }
}
