package dev.heartwood.infra.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Identifiers and choices from a seed, so that a generated trust is the same each time: the demo's, and the
 * benchmark's of a given size.
 */
public final class Ids {

    private final SplittableRandom random;

    public Ids(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A version 4 (random) UUID, as a client would choose one. */
    public UUID next() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    public int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public double fraction() {
        return random.nextDouble();
    }

    public <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
