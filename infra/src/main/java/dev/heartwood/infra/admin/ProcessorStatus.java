package dev.heartwood.infra.admin;

/**
 * Where an event processor stands. While it replays: {@code done} of the {@code total} events it had to go
 * through, its rate and the time it expects to need for the rest.
 *
 * @param position    the global index it has reached (the lowest of its segments)
 * @param behind      how many events it is behind the head of the stream
 * @param eventsPerSecond {@code null} unless replaying
 * @param secondsLeft {@code null} unless replaying and moving
 */
public record ProcessorStatus(String name, boolean running, boolean failing, boolean replaying, long position,
                              long head, long behind, Long done, Long total, Double eventsPerSecond,
                              Long secondsLeft) {
}
