package dev.heartwood.reporting.training;

import dev.heartwood.kernel.RequirementId;
import dev.heartwood.learning.api.ExemptedFromTraining;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.TrainingCompleted;
import dev.heartwood.learning.api.TrainingRequirementAmended;
import dev.heartwood.learning.api.TrainingRequirementDefined;
import dev.heartwood.learning.api.TrainingRequirementWithdrawn;
import dev.heartwood.reporting.EventPosition;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The requirements with every version and withdrawal, and each person's completions and exemptions: with
 * {@link TrainingStaffProjection}, the facts training compliance is computed from for any day.
 */
@Component
@ProjectionTables({"training_requirement", "training_requirement_version", "training_completion", "training_exemption"})
@ProcessingGroup(TrainingQueries.PROCESSING_GROUP)
class TrainingProjection {

    private final JdbcClient jdbc;

    TrainingProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TrainingRequirementDefined event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO training_requirement (requirement_id, school_id, trust_id, last_event_index)
                        VALUES (?, ?, ?, ?) ON CONFLICT (requirement_id) DO NOTHING""")
                .params(event.requirementId().value(), event.schoolId() == null ? null : event.schoolId().value(),
                        event.trustId() == null ? null : event.trustId().value(), EventPosition.of(token))
                .update();
        version(event.requirementId(), event.effectiveFrom(), event.terms(), token);
    }

    @EventHandler
    void on(TrainingRequirementAmended event, TrackingToken token) {
        version(event.requirementId(), event.effectiveFrom(), event.terms(), token);
    }

    @EventHandler
    void on(TrainingRequirementWithdrawn event, TrackingToken token) {
        jdbc.sql("""
                        UPDATE training_requirement
                        SET withdrawn_from = ?, last_event_index = greatest(last_event_index, ?)
                        WHERE requirement_id = ?""")
                .params(event.withdrawnFrom(), EventPosition.of(token), event.requirementId().value())
                .update();
    }

    /**
     * A completion is superseded by the same person's next completion of the requirement: the one recorded here may
     * be older than some already recorded (then the next of those supersedes it) and supersedes the one before it.
     */
    @EventHandler
    void on(TrainingCompleted event, TrackingToken token) {
        UUID staffId = event.staffId().value();
        UUID requirementId = event.requirementId().value();
        jdbc.sql("""
                        INSERT INTO training_completion (staff_id, requirement_id, completed_on, provider,
                                                         certificate_reference, last_event_index, superseded_on)
                        VALUES (:staff, :requirement, :on, :provider, :certificate, :index,
                                (SELECT min(later.completed_on) FROM training_completion later
                                 WHERE later.staff_id = :staff AND later.requirement_id = :requirement
                                   AND later.completed_on > :on))
                        ON CONFLICT (staff_id, requirement_id, completed_on) DO UPDATE
                        SET provider = excluded.provider, certificate_reference = excluded.certificate_reference,
                            last_event_index = excluded.last_event_index""")
                .param("staff", staffId)
                .param("requirement", requirementId)
                .param("on", event.completedOn())
                .param("provider", event.provider())
                .param("certificate", event.certificateReference())
                .param("index", EventPosition.of(token))
                .update();
        // only the one just before has a later successor than this one, or none
        jdbc.sql("""
                        UPDATE training_completion SET superseded_on = :on
                        WHERE staff_id = :staff AND requirement_id = :requirement AND completed_on < :on
                          AND (superseded_on IS NULL OR superseded_on > :on)""")
                .param("staff", staffId)
                .param("requirement", requirementId)
                .param("on", event.completedOn())
                .update();
    }

    @EventHandler
    void on(ExemptedFromTraining event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO training_exemption (staff_id, requirement_id, exempt_from, exempt_until,
                                                        last_event_index)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (staff_id, requirement_id, exempt_from) DO UPDATE
                        SET exempt_until = excluded.exempt_until, last_event_index = excluded.last_event_index""")
                .params(event.staffId().value(), event.requirementId().value(), event.period().from(),
                        event.period().until(), EventPosition.of(token))
                .update();
    }

    private void version(RequirementId requirementId, LocalDate from, RequirementTerms terms, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO training_requirement_version (requirement_id, effective_from, title, category,
                            audience, audience_category, audience_role, due_within_days, renewal_months, grace_days,
                            warning_days, source, last_event_index)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (requirement_id, effective_from) DO NOTHING""")
                .params(requirementId.value(), from, terms.title(), terms.category().name(),
                        terms.audience().kind().name(),
                        terms.audience().category() == null ? null : terms.audience().category().name(),
                        terms.audience().role() == null ? null : terms.audience().role().name(),
                        terms.dueWithinDays(), terms.renewalMonths(), terms.graceDays(), terms.warningDays(),
                        terms.source(), EventPosition.of(token))
                .update();
    }
}
