package dev.heartwood.reporting.api;

/**
 * How fresh an answer is: the global index of the last event that changed the rows it reads, the head of the event
 * stream when the question was answered, and how many events the read model's processor has still to go through
 * (0 once it has applied every event recorded, whether or not they changed these rows).
 */
public record Freshness(long lastEventIndex, long headIndex, long behind) {
}
