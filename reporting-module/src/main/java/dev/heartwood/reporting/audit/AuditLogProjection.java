package dev.heartwood.reporting.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.reporting.Appends;
import dev.heartwood.reporting.DayItHappened;
import dev.heartwood.reporting.EventPosition;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * Every event, whatever its kind, as a line of the audit log. The school, trust, person and reason are read from
 * the event's own fields by their conventional names (every event names its school, DESIGN §5), so a new kind of
 * event appears in the log without a change here. An event that names no person is about the person of its record,
 * named by the record's first event (an appraisal's start names its appraisee; its completion does not). Beside the
 * instant the event was recorded, the line keeps the day the step happened, where the event has one.
 */
@Component
@ProjectionTables({"audit_log"})
@ProcessingGroup(AuditLogProjection.PROCESSING_GROUP)
class AuditLogProjection {

    static final String PROCESSING_GROUP = "audit-log";

    /** The fields that name the person an event is about, in order of preference. */
    private static final List<String> PERSON_FIELDS = List.of("staffId", "appraiseeId");

    private static final String INSERT = """
            INSERT INTO audit_log (global_index, event_id, occurred_at, happened_on, kind, aggregate_id, school_id,
                                   trust_id, staff_id, actor_id, actor_role, reason, correlation_id, causation_id,
                                   batch_id)
            VALUES (%s, :eventId, :at, :happenedOn, :kind, :aggregate, :school, :trust,
                    coalesce(CAST(:staff AS uuid),
                             (SELECT staff_id FROM audit_log WHERE aggregate_id = :aggregate
                              ORDER BY global_index LIMIT 1)),
                    :actor, :role, :reason, :correlation, :causation, :batch)
            ON CONFLICT (global_index) DO NOTHING""".formatted(EventPosition.OWN_INDEX_SQL);

    private final Appends appends;
    private final ObjectMapper json;

    AuditLogProjection(Appends appends, ObjectMapper json) {
        this.appends = appends;
        this.json = json;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        JsonNode fields = json.valueToTree(payload);
        appends.add(INSERT, new MapSqlParameterSource()
                .addValue("eventId", event.getIdentifier())
                .addValue("at", Timestamp.from(event.getTimestamp()))
                .addValue("happenedOn", DayItHappened.of(payload).orElse(null))
                .addValue("kind", event.getPayloadType().getSimpleName())
                .addValue("aggregate", event instanceof DomainEventMessage<?> domain
                        ? domain.getAggregateIdentifier() : null)
                .addValue("school", uuid(fields.path("schoolId")))
                .addValue("trust", uuid(fields.path("trustId")))
                .addValue("staff", PERSON_FIELDS.stream().map(fields::path).map(AuditLogProjection::uuid)
                        .filter(id -> id != null).findFirst().orElse(null))
                .addValue("actor", event.getMetaData().get(MetadataKeys.ACTOR_ID))
                .addValue("role", event.getMetaData().get(MetadataKeys.ACTOR_ROLE))
                .addValue("reason", fields.path("reason").isTextual() ? fields.path("reason").asText()
                        : (Object) event.getMetaData().get(MetadataKeys.REASON))
                .addValue("correlation", event.getMetaData().get(MetadataKeys.CORRELATION_ID))
                .addValue("causation", event.getMetaData().get(MetadataKeys.CAUSATION_ID))
                .addValue("batch", event.getMetaData().get(MetadataKeys.BATCH_ID)));
    }

    private static UUID uuid(JsonNode field) {
        if (!field.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(field.asText());
        } catch (IllegalArgumentException notAnIdentifier) {
            return null;
        }
    }
}
