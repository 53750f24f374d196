package dev.heartwood.infra.admin;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.reporting.api.admin.ParkedEvent;
import dev.heartwood.reporting.api.admin.ParkedEvents;
import dev.heartwood.reporting.api.admin.ParkedSequence;
import dev.heartwood.reporting.api.admin.Retried;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static dev.heartwood.infra.admin.AdminErrorCode.DEAD_LETTERS_NOT_FOUND;
import static dev.heartwood.infra.admin.AdminErrorCode.PROCESSOR_NOT_FOUND;
import static dev.heartwood.infra.admin.AdminErrorCode.PROCESSOR_WITHOUT_DEAD_LETTERS;

/**
 * The events each processor has parked in its dead-letter queue because a handler failed on them: listed, tried
 * again through the processor's own handlers (once the fault is mended), or given up. A processor's name is its
 * processing group's; a sequence is one aggregate's events.
 */
@Component
class DeadLetters {

    static final int SEQUENCES_SHOWN = 100;
    static final int EVENTS_SHOWN = 10;

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;

    DeadLetters(EventProcessingConfiguration processing, TransactionManager transactions) {
        this.processing = processing;
        this.transactions = transactions;
    }

    /** What each processor that parks events has parked, by the processor's name. */
    List<ParkedEvents> listAll() {
        return processing.eventProcessors().keySet().stream().sorted()
                .filter(processor -> processing.deadLetterQueue(processor).isPresent())
                .map(this::list).toList();
    }

    ParkedEvents list(String processor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        List<ParkedSequence> shown = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            if (shown.size() == SEQUENCES_SHOWN) {
                break;
            }
            List<ParkedEvent> events = stream(sequence).limit(EVENTS_SHOWN).map(DeadLetters::parked).toList();
            String sequenceId = sequenceOf(sequence.iterator().next());
            shown.add(new ParkedSequence(sequenceId, queue.sequenceSize(sequenceId), events));
        }
        return new ParkedEvents(processor, queue.amountOfSequences(), queue.size(), shown);
    }

    /** Hands the sequence's events to the processor's handlers again, in order, until one fails. */
    Retried retry(String processor, String sequenceId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        requireParked(queue, processor, sequenceId);
        return retry(processor, queue, List.of(sequenceId));
    }

    Retried retryAll(String processor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        List<String> sequences = stream(queue.deadLetters())
                .map(sequence -> sequenceOf(sequence.iterator().next()))
                .toList();
        return retry(processor, queue, sequences);
    }

    /** Gives up the sequence: its events are dropped from the queue and its read model never sees them. */
    void evict(String processor, String sequenceId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        requireParked(queue, processor, sequenceId);
        transactions.executeInTransaction(() -> {
            // read first: the queue pages through a sequence, and evicting while paging would skip letters
            List<DeadLetter<? extends EventMessage<?>>> letters = stream(queue.deadLetterSequence(sequenceId)).toList();
            letters.forEach(queue::evict);
        });
    }

    private Retried retry(String processor, SequencedDeadLetterQueue<EventMessage<?>> queue, List<String> sequences) {
        SequencedDeadLetterProcessor<EventMessage<?>> handlers =
                processing.sequencedDeadLetterProcessor(processor).orElseThrow();
        List<String> applied = new ArrayList<>();
        List<String> stillParked = new ArrayList<>();
        for (String sequenceId : sequences) {
            handlers.process(letter -> sequenceOf(letter).equals(sequenceId));
            (queue.contains(sequenceId) ? stillParked : applied).add(sequenceId);
        }
        return new Retried(applied, stillParked);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        if (processing.eventProcessor(processor).isEmpty()) {
            throw new DomainRuleViolation(PROCESSOR_NOT_FOUND, "No event processor is named " + processor);
        }
        return processing.deadLetterQueue(processor).orElseThrow(() ->
                new DomainRuleViolation(PROCESSOR_WITHOUT_DEAD_LETTERS, processor
                        + " keeps the write side's lookups in step with commands: a failure fails the command,"
                        + " nothing is parked"));
    }

    private static void requireParked(SequencedDeadLetterQueue<EventMessage<?>> queue, String processor,
                                      String sequenceId) {
        if (!queue.contains(sequenceId)) {
            throw new DomainRuleViolation(DEAD_LETTERS_NOT_FOUND,
                    processor + " has no events of sequence " + sequenceId + " parked");
        }
    }

    private static ParkedEvent parked(DeadLetter<? extends EventMessage<?>> letter) {
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

    /** The sequence as the queue stores it: the aggregate's identifier. */
    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return ((JdbcDeadLetter<?>) letter).getSequenceIdentifier();
    }

    private static <T> Stream<T> stream(Iterable<T> items) {
        return StreamSupport.stream(items.spliterator(), false);
    }
}
