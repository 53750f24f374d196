package dev.heartwood.reporting.api;

import java.time.Instant;

/**
 * One line of a person's timeline: when it was recorded, its place in the event stream, what kind of event it
 * was, what it says, and the record (aggregate) it came from, whose full history is at {@code /api/history/{id}}.
 */
public record TimelineRow(Instant occurredAt, long globalIndex, String kind, String summary, String aggregateType,
                          String aggregateId) implements AppraisalNarrative {
}
