package dev.heartwood.infra.admin;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
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

    static ParkedEvent of(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domainEvent = event instanceof DomainEventMessage<?> domain ? domain : null;
        Long globalIndex = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                && tracked.trackingToken().position().isPresent()
                ? tracked.trackingToken().position().getAsLong()
                : null;
        Cause cause = letter.cause().orElse(null);
        return new ParkedEvent(event.getIdentifier(), event.getPayloadType().getSimpleName(),
                domainEvent == null ? null : domainEvent.getAggregateIdentifier(),
                domainEvent == null ? null : domainEvent.getSequenceNumber(), globalIndex,
                cause == null ? null : cause.type(), cause == null ? null : cause.message(), letter.enqueuedAt(),
                letter.lastTouched());
    }
}
