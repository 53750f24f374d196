package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a person's timeline: when it was recorded, the day it happened where it is a step with a day of its
 * own (a meeting, an agreement, a course), its place in the event stream, what kind of event it was, what it says,
 * and the record (aggregate) it came from, whose full history is at {@code /api/history/{id}}.
 */
public record TimelineRow(Instant occurredAt, @Nullable LocalDate happenedOn, long globalIndex, String kind,
                          String summary, String aggregateType, String aggregateId) implements AppraisalNarrative {
}
