package dev.heartwood.infra.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A school's commands for a stretch of time, each dated, recorded in the order of their days (and, within a day,
 * in the order they were written down), so that a year planned person by person happens as a school lives it.
 * What happened before the school's records begin (a course done years ago) is written down on the day they begin;
 * what is dated after the day the records reach has not happened yet, and is left out.
 */
public final class Diary {

    /** Records one command on the day it is dated. */
    @FunctionalInterface
    public interface Recorder {
        void record(LocalDate day, Object command);
    }

    private record Entry(LocalDate day, long order, Object command) {
    }

    private final LocalDate firstDay;
    private final List<Entry> entries = new ArrayList<>();
    private long order;

    /** A diary of the school's records, which begin on {@code firstDay}. */
    public Diary(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public void on(LocalDate day, Object command) {
        entries.add(new Entry(day.isBefore(firstDay) ? firstDay : day, order++, command));
    }

    /** Records what is written down for every day up to {@code today}, and forgets the rest. */
    public void recordUpTo(LocalDate today, Recorder recorder) {
        entries.sort(Comparator.comparing(Entry::day).thenComparingLong(Entry::order));
        entries.stream().filter(entry -> !entry.day().isAfter(today))
                .forEach(entry -> recorder.record(entry.day(), entry.command()));
        entries.clear();
    }
}
