package dev.heartwood.reporting.audit;

import dev.heartwood.reporting.query.AppraisalNarrative;
import org.springframework.lang.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log: what happened, when, to whom, by whom in which role, why, and in which request. */
public record AuditEntry(long globalIndex, Instant occurredAt, String kind, String aggregateId, @Nullable UUID schoolId,
                         @Nullable UUID staffId, @Nullable String actorId, @Nullable String actorRole,
                         @Nullable String reason, @Nullable String correlationId, @Nullable String causationId,
                         @Nullable String batchId) implements AppraisalNarrative {
}
