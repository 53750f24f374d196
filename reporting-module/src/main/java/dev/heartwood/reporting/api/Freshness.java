package dev.heartwood.reporting.api;

import java.util.Collection;

/**
 * How fresh an answer is: the global index of the last event that changed the rows it reads, the head of the event
 * stream when the question was answered, and how many events the read model's processor has still to go through
 * (0 once it has applied every event recorded, whether or not they changed these rows).
 */
public record Freshness(long lastEventIndex, long headIndex, long behind) {

    /**
     * The freshness of figures put together from several answers, each from its own read model: as of the stalest
     * one's last event (the lowest), so that no figure is claimed fresher than it is, against the newest head, and
     * behind by as much as the one furthest behind.
     */
    public static Freshness together(Collection<Freshness> each) {
        if (each.isEmpty()) {
            throw new IllegalArgumentException("Figures are put together from at least one answer");
        }
        return new Freshness(each.stream().mapToLong(Freshness::lastEventIndex).min().orElseThrow(),
                each.stream().mapToLong(Freshness::headIndex).max().orElseThrow(),
                each.stream().mapToLong(Freshness::behind).max().orElseThrow());
    }
}
