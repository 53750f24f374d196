package dev.heartwood.infra.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A school's commands for a stretch of time, each dated, recorded in the order of their days (and, within a day,
 * in the order they were written down), so that a year planned person by person happens as a school lives it.
 */
final class Diary {

    private record Entry(LocalDate day, long order, Object command) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private long order;

    void on(LocalDate day, Object command) {
        entries.add(new Entry(day, order++, command));
    }

    void recordWith(Recorder recorder, Map<String, ?> metadata) {
        entries.sort(Comparator.comparing(Entry::day).thenComparingLong(Entry::order));
        entries.forEach(entry -> recorder.send(entry.day(), entry.command(), metadata));
        entries.clear();
    }
}
