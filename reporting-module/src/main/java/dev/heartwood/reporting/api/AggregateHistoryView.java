package dev.heartwood.reporting.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.lang.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * Everything ever recorded about one aggregate (an appraisal, a member of staff, a piece of learning...), oldest
 * first, exactly as it was stored.
 *
 * @param aggregateType the kind of record, such as {@code Appraisal} or {@code StaffMember}
 */
public record AggregateHistoryView(String aggregateId, String aggregateType, List<RecordedEvent> events) {

    /**
     * One event: its place in the aggregate's stream and in the whole store, when it was recorded, its type and
     * revision, its fields as stored and who caused it.
     */
    public record RecordedEvent(long sequenceNumber, long globalIndex, Instant recordedAt, String type,
                                @Nullable String revision, JsonNode payload, Cause cause) {
    }

    /** The event's metadata: who, in which role, for which school or trust, in which request and batch, and why. */
    public record Cause(@Nullable String actorId, @Nullable String actorRole, @Nullable String schoolId,
                        @Nullable String trustId, @Nullable String correlationId, @Nullable String causationId,
                        @Nullable String batchId, @Nullable String reason) {
    }
}
