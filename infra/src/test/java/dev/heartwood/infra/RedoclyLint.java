package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Redocly's linter (npm {@code @redocly/cli} at a pinned version, with the repository's {@code redocly.yaml}) run on
 * a written OpenAPI document through npx: fetched from the npm registry the first time, then run from npx's cache,
 * offline; nothing of it is kept in the repository.
 */
final class RedoclyLint {

    static final String PACKAGE = "@redocly/cli@2.77.0";

    /** What the lint found: each problem as its rule, severity, message and place. */
    record Findings(int errors, int warnings, List<String> problems) {
    }

    private RedoclyLint() {
    }

    static Findings of(Path document) throws IOException, InterruptedException {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        Path log = document.resolveSibling("redocly-lint.log");
        ProcessBuilder lint = new ProcessBuilder(List.of("npx", "--yes", "--prefer-offline", PACKAGE, "lint",
                "--format=json", "--config", repository.resolve("redocly.yaml").toString(),
                document.toAbsolutePath().toString()))
                .redirectError(log.toFile());
        // no usage reports to the vendor, and no nagging about newer versions
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = lint.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("The lint did not finish; see " + log);
        }
        JsonNode report;
        try {
            report = new ObjectMapper().readTree(output);
        } catch (IOException notJson) {
            throw new AssertionError("The lint did not run (exit " + process.exitValue() + "): "
                    + new String(output) + Files.readString(log), notJson);
        }
        List<String> problems = new ArrayList<>();
        report.path("problems").forEach(problem -> problems.add(problem.path("ruleId").asText() + " ("
                + problem.path("severity").asText() + ") " + problem.path("message").asText() + " at "
                + problem.path("location").findValuesAsText("pointer")));
        return new Findings(report.path("totals").path("errors").asInt(),
                report.path("totals").path("warnings").asInt(), problems);
    }
}
