package dev.heartwood.infra.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a run, each with its target where the issue sets one (PASS or MISS; nothing asserts them), the
 * machine it ran on and notes, written as {@code results.md} for people and {@code results.json} for tools.
 */
final class Results {

    /** One measured figure; {@code target} and {@code pass} are null where no target is set. */
    record Figure(String section, String name, double value, String unit, String target, Boolean pass) {

        String shown() {
            String number = Math.abs(value) >= 100 ? "%,.0f".formatted(value) : "%,.1f".formatted(value);
            return number + (unit.isEmpty() ? "" : " " + unit);
        }

        String verdict() {
            return pass == null ? "" : pass ? "PASS" : "MISS";
        }
    }

    private final BenchmarkSize size;
    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    Results(BenchmarkSize size) {
        this.size = size;
    }

    void machine(String key, Object value) {
        machine.put(key, value);
    }

    void figure(String section, String name, double value, String unit) {
        figures.add(new Figure(section, name, value, unit, null, null));
    }

    /** A figure that should be at least {@code target}. */
    void atLeast(String section, String name, double value, String unit, double target, String targetShown) {
        figures.add(new Figure(section, name, value, unit, "≥ " + targetShown, value >= target));
    }

    /** A figure that should stay under {@code target}. */
    void under(String section, String name, double value, String unit, double target, String targetShown) {
        figures.add(new Figure(section, name, value, unit, "< " + targetShown, value < target));
    }

    /** A figure that should not be above {@code target}. */
    void atMost(String section, String name, double value, String unit, double target, String targetShown) {
        figures.add(new Figure(section, name, value, unit, "≤ " + targetShown, value <= target));
    }

    void detail(String key, Object value) {
        details.put(key, value);
    }

    void note(String note) {
        notes.add(note);
    }

    String table() {
        StringBuilder table = new StringBuilder("| | figure | value | target | |\n|---|---|---:|---|---|\n");
        for (Figure figure : figures) {
            table.append("| %s | %s | %s | %s | %s |%n".formatted(figure.section(), figure.name(), figure.shown(),
                    figure.target() == null ? "" : figure.target(), figure.verdict()));
        }
        return table.toString();
    }

    void write(Path directory) throws IOException {
        StringBuilder markdown = new StringBuilder("# Heartwood trust-scale benchmark\n\n");
        markdown.append("Size: ").append(size).append("\n\n## Machine\n\n");
        machine.forEach((key, value) -> markdown.append("- ").append(key).append(": ").append(value).append('\n'));
        markdown.append("\n## Figures\n\n").append(table());
        if (!notes.isEmpty()) {
            markdown.append("\n## Notes\n\n");
            notes.forEach(note -> markdown.append("- ").append(note).append('\n'));
        }
        markdown.append("\n## Details\n\n");
        details.forEach((key, value) -> markdown.append("- ").append(key).append(": ").append(value).append('\n'));
        Files.writeString(directory.resolve("results.md"), markdown);

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("size", size);
        json.put("machine", machine);
        json.put("figures", figures.stream().map(figure -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("section", figure.section());
            entry.put("name", figure.name());
            entry.put("value", figure.value());
            entry.put("unit", figure.unit());
            entry.put("target", figure.target());
            entry.put("result", figure.pass() == null ? null : figure.verdict());
            return entry;
        }).toList());
        json.put("notes", notes);
        json.put("details", details);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("results.json").toFile(), json);
    }
}
