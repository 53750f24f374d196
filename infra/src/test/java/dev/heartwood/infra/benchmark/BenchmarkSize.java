package dev.heartwood.infra.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How big a trust the benchmark builds and how long it measures. A preset ({@code tiny}, {@code small},
 * {@code full}) and then any {@code key=value} to change one part of it, for example
 * {@code ./benchmark small schools=10}.
 *
 * @param schools        schools in the trust
 * @param staffPerSchool everyone on a school's staff, governors and the headteacher included
 * @param years          academic years of history, ending with 2025/26
 * @param cpdPerYear     pieces of professional learning per person per year, the INSET day included
 * @param threads        generator threads (each works on one school at a time)
 * @param clients        concurrent clients sending commands, and threads inserting in the baseline
 * @param seconds        how long each command load and the baseline run
 * @param repeats        how often each report is asked
 */
record BenchmarkSize(String name, int schools, int staffPerSchool, int years, int cpdPerYear, int threads,
                     int clients, int seconds, int repeats) {

    private static final Map<String, BenchmarkSize> PRESETS = Map.of(
            "tiny", new BenchmarkSize("tiny", 1, 20, 1, 4, 2, 8, 5, 10),
            "small", new BenchmarkSize("small", 5, 40, 2, 6, 4, 8, 15, 30),
            "full", new BenchmarkSize("full", 50, 100, 5, 9, 4, 8, 60, 50));

    BenchmarkSize {
        if (schools < 1 || staffPerSchool < 12 || years < 1 || years > 10 || cpdPerYear < 1 || threads < 1
                || clients < 1 || seconds < 1 || repeats < 1) {
            throw new IllegalArgumentException("a trust needs a school, twelve staff (governors, a headteacher and "
                    + "leaders among them), one to ten years and one piece of learning a year");
        }
    }

    /** Reads {@code [preset] [key=value ...]}; {@code full} when nothing is given. */
    static BenchmarkSize parse(String... arguments) {
        BenchmarkSize size = PRESETS.get("full");
        Map<String, Integer> changes = new LinkedHashMap<>();
        for (String argument : arguments) {
            for (String word : argument.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                int equals = word.indexOf('=');
                if (equals < 0) {
                    size = PRESETS.get(word);
                    if (size == null) {
                        throw new IllegalArgumentException("no size " + word + "; say tiny, small or full");
                    }
                } else {
                    changes.put(word.substring(0, equals), Integer.parseInt(word.substring(equals + 1)));
                }
            }
        }
        for (Map.Entry<String, Integer> change : changes.entrySet()) {
            size = size.with(change.getKey(), change.getValue());
        }
        return size;
    }

    private BenchmarkSize with(String key, int value) {
        String changed = name + " " + key + "=" + value;
        return switch (key) {
            case "schools" -> new BenchmarkSize(changed, value, staffPerSchool, years, cpdPerYear, threads, clients,
                    seconds, repeats);
            case "staff" -> new BenchmarkSize(changed, schools, value, years, cpdPerYear, threads, clients, seconds,
                    repeats);
            case "years" -> new BenchmarkSize(changed, schools, staffPerSchool, value, cpdPerYear, threads, clients,
                    seconds, repeats);
            case "cpd" -> new BenchmarkSize(changed, schools, staffPerSchool, years, value, threads, clients,
                    seconds, repeats);
            case "threads" -> new BenchmarkSize(changed, schools, staffPerSchool, years, cpdPerYear, value, clients,
                    seconds, repeats);
            case "clients" -> new BenchmarkSize(changed, schools, staffPerSchool, years, cpdPerYear, threads, value,
                    seconds, repeats);
            case "seconds" -> new BenchmarkSize(changed, schools, staffPerSchool, years, cpdPerYear, threads,
                    clients, value, repeats);
            case "repeats" -> new BenchmarkSize(changed, schools, staffPerSchool, years, cpdPerYear, threads,
                    clients, seconds, value);
            default -> throw new IllegalArgumentException("no setting " + key + "; say schools, staff, years, cpd, "
                    + "threads, clients, seconds or repeats");
        };
    }

    int firstYear() {
        return SimulatedClock.LAST_YEAR - years + 1;
    }

    @Override
    public String toString() {
        return "%s: %d schools × %d staff × %d years, %d CPD per person per year (%d generator threads, %d clients, "
                .formatted(name, schools, staffPerSchool, years, cpdPerYear, threads, clients)
                + "%d s per load, %d repeats per report)".formatted(seconds, repeats);
    }
}
