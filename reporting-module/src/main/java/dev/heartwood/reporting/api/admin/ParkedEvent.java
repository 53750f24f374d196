package dev.heartwood.reporting.api.admin;

import org.springframework.lang.Nullable;

import java.time.Instant;

/**
 * An event a processor could not apply, parked in its dead-letter queue: which event, and why it failed.
 *
 * @param aggregateSequenceNumber its place in its aggregate's stream
 * @param globalIndex             its place in the whole event store
 * @param causeType               the failure, such as {@code org.springframework.dao.DataIntegrityViolationException};
 *                                {@code null} for an event parked only because an earlier one of its sequence is
 * @param enqueuedAt              when it was parked
 * @param lastTouched             when it was last parked or tried again
 */
public record ParkedEvent(String eventId, String eventType, @Nullable String aggregateId,
                          @Nullable Long aggregateSequenceNumber, @Nullable Long globalIndex,
                          @Nullable String causeType, @Nullable String causeMessage, Instant enqueuedAt,
                          Instant lastTouched) {
}
