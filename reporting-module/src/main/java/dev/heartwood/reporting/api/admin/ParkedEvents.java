package dev.heartwood.reporting.api.admin;

import java.util.List;

/**
 * What a processor has parked in its dead-letter queue.
 *
 * @param sequences how many sequences are parked
 * @param events    how many events they hold
 * @param shown     the first of the sequences, at most 100
 */
public record ParkedEvents(String processor, long sequences, long events, List<ParkedSequence> shown) {
}
