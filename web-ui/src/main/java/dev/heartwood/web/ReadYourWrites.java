package dev.heartwood.web;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * After a page sends a command, the page it shows next reads read models, which catch up a moment later. So that a
 * change never looks lost, the page reads again, briefly, until what it reads shows the change; if the read models
 * are still behind after that, the page says the change is saved and will show shortly.
 */
public final class ReadYourWrites {

    /** Long enough for a read model to apply a command's events when nothing is wrong; short enough to wait for. */
    static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final Duration BETWEEN_READS = Duration.ofMillis(50);

    private ReadYourWrites() {
    }

    /** What was read last, and whether it shows the change. */
    public record Read<T>(T value, boolean showsTheChange) {
    }

    /** Reads until {@code showsTheChange} holds, or {@link #PATIENCE} has passed. */
    public static <T> Read<T> until(Supplier<T> read, Predicate<T> showsTheChange) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T value = read.get();
        while (!showsTheChange.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(BETWEEN_READS.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return new Read<>(value, false);
            }
            value = read.get();
        }
        return new Read<>(value, showsTheChange.test(value));
    }
}
