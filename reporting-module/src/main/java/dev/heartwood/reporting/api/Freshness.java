package dev.heartwood.reporting.api;

/**
 * How fresh an answer is: the global index of the last event the read model applied, the head of the event
 * stream when the question was answered, and how many events the read model is behind.
 */
public record Freshness(long lastEventIndex, long headIndex, long behind) {

    public static Freshness of(long lastEventIndex, long headIndex) {
        return new Freshness(lastEventIndex, headIndex, Math.max(0, headIndex - lastEventIndex));
    }
}
