package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the audit log: what happened, when, to whom, by whom in which role, why, and in which request.
 *
 * @param occurredAt when the event was recorded
 * @param happenedOn the day the step happened, as the school recorded it, which may be before {@code occurredAt};
 *                   none for an event that is not about a step with a day of its own
 */
public record AuditEntry(long globalIndex, Instant occurredAt, @Nullable LocalDate happenedOn, String kind,
                         String aggregateId, @Nullable UUID schoolId, @Nullable UUID staffId, @Nullable String actorId,
                         @Nullable String actorRole, @Nullable String reason, @Nullable String correlationId,
                         @Nullable String causationId, @Nullable String batchId) implements AppraisalNarrative {
}
