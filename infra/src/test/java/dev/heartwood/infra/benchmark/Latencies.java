package dev.heartwood.infra.benchmark;

import java.util.Arrays;
import java.util.function.Supplier;

/** Response times of one thread, merged afterwards, with their percentiles in milliseconds. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    /** Times how long the work takes and records it. */
    <T> T time(Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        record(System.nanoTime() - started);
        return result;
    }

    static Latencies merged(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.count; i++) {
                all.record(part.nanos[i]);
            }
        }
        return all;
    }

    int count() {
        return count;
    }

    /** The {@code percent}th percentile (nearest rank), in milliseconds. */
    double percentile(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }
}
