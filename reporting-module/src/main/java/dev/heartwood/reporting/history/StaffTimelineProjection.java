package dev.heartwood.reporting.history;

import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.Appends;
import dev.heartwood.reporting.DayItHappened;
import dev.heartwood.reporting.EventPosition;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One row per event per person it concerns. Appraisal events name only their appraisal, so the appraisee of each
 * appraisal is kept from its first event; an appraisal's events share one segment (they are sequenced by
 * aggregate), so that first event is always applied before the rest.
 */
@Component
@ProjectionTables({"staff_timeline", "staff_timeline_appraisal"})
@ProcessingGroup(StaffTimelineProjection.PROCESSING_GROUP)
class StaffTimelineProjection {

    static final String PROCESSING_GROUP = "staff-timeline";

    /** The person is named by the event, or found through the appraisal (recorded before the batch's rows go). */
    private static final String INSERT = """
            INSERT INTO staff_timeline (staff_id, global_index, occurred_at, happened_on, kind, summary,
                                        aggregate_type, aggregate_id)
            SELECT person.staff_id, %s, :at, :happenedOn, :kind, :summary, :type, :aggregate
            FROM (SELECT coalesce(CAST(:staff AS UUID),
                                  (SELECT staff_id FROM staff_timeline_appraisal
                                   WHERE appraisal_id = CAST(:appraisal AS UUID))) AS staff_id) person
            WHERE person.staff_id IS NOT NULL
            ON CONFLICT (staff_id, global_index) DO NOTHING""".formatted(EventPosition.OWN_INDEX_SQL);

    private final JdbcClient jdbc;
    private final Appends appends;
    private final TimelineEntries entries = new TimelineEntries();

    StaffTimelineProjection(JdbcClient jdbc, Appends appends) {
        this.jdbc = jdbc;
        this.appends = appends;
    }

    @EventHandler
    void on(AppraisalStarted started, EventMessage<?> event) {
        appraiseeOf(started.appraisalId(), started.appraiseeId());
        on((Object) started, event);
    }

    @EventHandler
    void on(AppraisalExempted exempted, EventMessage<?> event) {
        appraiseeOf(exempted.appraisalId(), exempted.appraiseeId());
        on((Object) exempted, event);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        entries.of(payload).ifPresent(entry -> appends.add(INSERT, new MapSqlParameterSource()
                .addValue("staff", entry.staffId())
                .addValue("appraisal", entry.appraisalId())
                .addValue("eventId", event.getIdentifier())
                .addValue("at", OffsetDateTime.ofInstant(event.getTimestamp(), ZoneOffset.UTC))
                .addValue("happenedOn", DayItHappened.of(payload).orElse(null))
                .addValue("kind", event.getPayloadType().getSimpleName())
                .addValue("summary", entry.summary())
                .addValue("type", event instanceof DomainEventMessage<?> domain ? domain.getType() : null)
                .addValue("aggregate", event instanceof DomainEventMessage<?> domain
                        ? domain.getAggregateIdentifier() : null)));
    }

    private void appraiseeOf(AppraisalId appraisalId, StaffId appraiseeId) {
        jdbc.sql("""
                        INSERT INTO staff_timeline_appraisal (appraisal_id, staff_id) VALUES (?, ?)
                        ON CONFLICT (appraisal_id) DO NOTHING""")
                .params(appraisalId.value(), appraiseeId.value())
                .update();
    }
}
