package dev.heartwood.infra.benchmark;

import dev.heartwood.kernel.SchoolTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock during the benchmark. Commands record business dates from the clock and refuse days
 * still to come, so each generator thread sets the school day it is recording; every other thread (HTTP requests,
 * processors) sees 15 July 2026, the integration tests' day, ticking from 09:00 so that rates measured against it
 * are real.
 */
final class SimulatedClock extends Clock {

    /** The last academic year of the generated history, 2025/26, which ends on the benchmark's today. */
    static final int LAST_YEAR = 2025;
    static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    private static final Instant NOW = Instant.parse("2026-07-15T09:00:00Z");

    private final Clock ticking = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), NOW));
    private final ThreadLocal<Instant> recording = new ThreadLocal<>();

    /** From now on, this thread records on the given school day (mid-morning, in the school's zone). */
    void recordOn(LocalDate day) {
        recording.set(day.atTime(LocalTime.of(10, 0)).atZone(SchoolTime.DEFAULT_ZONE).toInstant());
    }

    void stopRecording() {
        recording.remove();
    }

    @Override
    public Instant instant() {
        Instant day = recording.get();
        return day != null ? day : ticking.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Heartwood keeps instants in UTC");
    }
}
