package dev.heartwood.reporting.api;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log: what happened, when, to whom, by whom in which role, why, and in which request. */
public record AuditEntry(long globalIndex, Instant occurredAt, String kind, String aggregateId, UUID schoolId,
                         UUID staffId, String actorId, String actorRole, String reason, String correlationId,
                         String causationId, String batchId) implements AppraisalNarrative {
}
