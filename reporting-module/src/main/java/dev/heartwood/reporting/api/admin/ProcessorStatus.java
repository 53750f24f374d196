package dev.heartwood.reporting.api.admin;

import org.springframework.lang.Nullable;

/**
 * Where an event processor stands. While it replays: {@code done} of the {@code total} events it had to go
 * through, its rate and the time it expects to need for the rest.
 *
 * @param segments    how many segments the processor's stream is split into
 * @param segmentsHere how many of them this node is working on; position and progress speak for those only
 * @param position    the global index it has reached (the lowest of those segments)
 * @param behind      how many events it is behind the head of the stream
 * @param eventsPerSecond {@code null} unless replaying
 * @param secondsLeft {@code null} unless replaying and moving
 */
public record ProcessorStatus(String name, boolean running, boolean failing, boolean replaying, int segments,
                              int segmentsHere, long position, long head, long behind, @Nullable Long done,
                              @Nullable Long total, @Nullable Double eventsPerSecond, @Nullable Long secondsLeft) {
}
