package dev.heartwood.reporting.tracker;

import dev.heartwood.appraisal.api.ExternalAdviserAppointed;
import dev.heartwood.appraisal.api.ExternalAdviserConsulted;
import dev.heartwood.appraisal.api.GovernorsPanelAppointed;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.EventPosition;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who oversees a headteacher's appraisal: the governors' panel, the external adviser and each consultation. */
@Component
@ProjectionTables({"headteacher_panel_member", "headteacher_adviser", "headteacher_consultation"})
@ProcessingGroup(CompletionTrackerProjection.PROCESSING_GROUP)
class HeadteacherOversightProjection {

    private final JdbcClient jdbc;

    HeadteacherOversightProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A panel appointed again replaces the earlier one. */
    @EventHandler
    void on(GovernorsPanelAppointed event, TrackingToken token) {
        jdbc.sql("DELETE FROM headteacher_panel_member WHERE appraisal_id = ?")
                .param(event.appraisalId().value())
                .update();
        for (StaffId governor : event.governorIds()) {
            jdbc.sql("INSERT INTO headteacher_panel_member (appraisal_id, governor_id, chair) VALUES (?, ?, ?)")
                    .params(event.appraisalId().value(), governor.value(), governor.equals(event.chairId()))
                    .update();
        }
        touched(event.appraisalId(), token);
    }

    @EventHandler
    void on(ExternalAdviserAppointed event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO headteacher_adviser (appraisal_id, name, organisation, appointed_on)
                        VALUES (:appraisal, :name, :organisation, :on)
                        ON CONFLICT (appraisal_id) DO UPDATE
                        SET name = :name, organisation = :organisation, appointed_on = :on""")
                .param("appraisal", event.appraisalId().value())
                .param("name", event.name().text())
                .param("organisation", event.organisation())
                .param("on", event.appointedOn())
                .update();
        touched(event.appraisalId(), token);
    }

    @EventHandler
    void on(ExternalAdviserConsulted event, EventMessage<?> message, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO headteacher_consultation (event_index, appraisal_id, stage, consulted_on)
                        VALUES (%s, :appraisal, :stage, :on)
                        ON CONFLICT (event_index) DO NOTHING""".formatted(EventPosition.OWN_INDEX_SQL))
                .param("eventId", message.getIdentifier())
                .param("appraisal", event.appraisalId().value())
                .param("stage", event.stage().name())
                .param("on", event.consultedOn())
                .update();
        touched(event.appraisalId(), token);
    }

    private void touched(AppraisalId appraisalId, TrackingToken token) {
        jdbc.sql("""
                        UPDATE completion_appraisal SET last_event_index = greatest(last_event_index, ?)
                        WHERE appraisal_id = ?""")
                .params(EventPosition.of(token), appraisalId.value())
                .update();
    }
}
