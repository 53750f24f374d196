package dev.heartwood.reporting.learning;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.learning.api.CPDCompleted;
import dev.heartwood.learning.api.CompletedCpdLogged;
import dev.heartwood.learning.api.CompletedLearning;
import dev.heartwood.learning.api.CpdActivityApproved;
import dev.heartwood.learning.api.CpdActivityDeclined;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.CpdImpactEvaluated;
import dev.heartwood.learning.api.CpdLinkedToDevelopmentNeed;
import dev.heartwood.learning.api.CpdLinkedToObjective;
import dev.heartwood.learning.api.CpdLinkedToSchoolPriority;
import dev.heartwood.learning.api.CpdProposal;
import dev.heartwood.learning.api.CpdReflectionRecorded;
import dev.heartwood.learning.api.CpdUnlinkedFromDevelopmentNeed;
import dev.heartwood.learning.api.CpdUnlinkedFromObjective;
import dev.heartwood.learning.api.CpdUnlinkedFromSchoolPriority;
import dev.heartwood.reporting.EventPosition;
import dev.heartwood.reporting.RowUpdate;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each piece of a person's professional learning as it stands now: what was asked for, the decision on it, and how
 * it was completed. Learning is placed in the academic year the reports count it in: that of its completion once
 * completed, of its planned start until then.
 */
@Component
@ProjectionTables({"cpd_activity_view"})
@ProcessingGroup(CpdActivityProjection.PROCESSING_GROUP)
@IgnoresEvents({
        // the list shows each activity's request, decision, completion and the first reflection and evaluation; its
        // links are the learning reports'
        CpdLinkedToDevelopmentNeed.class, CpdLinkedToObjective.class, CpdLinkedToSchoolPriority.class,
        CpdUnlinkedFromDevelopmentNeed.class, CpdUnlinkedFromObjective.class, CpdUnlinkedFromSchoolPriority.class
})
class CpdActivityProjection {

    static final String PROCESSING_GROUP = "cpd-activities";

    private static final RowUpdate ACTIVITY = new RowUpdate("cpd_activity_view", "activity_id");

    private final JdbcClient jdbc;

    CpdActivityProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CpdActivityRequested event, TrackingToken token) {
        CpdProposal proposal = event.proposal();
        jdbc.sql("""
                        INSERT INTO cpd_activity_view (activity_id, school_id, staff_id, title, type, provider, status,
                                                       requested_on, intended_impact, expected_hours, expected_cost,
                                                       cover_days, starts_on, ends_on, academic_year, last_event_index)
                        VALUES (:activity, :school, :staff, :title, :type, :provider, 'REQUESTED', :requestedOn,
                                :impact, :hours, :cost, :cover, :startsOn, :endsOn, :year, :index)
                        ON CONFLICT (activity_id) DO NOTHING""")
                .param("activity", event.activityId().value())
                .param("school", event.schoolId().value())
                .param("staff", event.staffId().value())
                .param("title", proposal.title().text())
                .param("type", proposal.type().name())
                .param("provider", text(proposal.provider()))
                .param("requestedOn", event.requestedOn())
                .param("impact", proposal.intendedImpact().text())
                .param("hours", proposal.expectedHours())
                .param("cost", proposal.cost())
                .param("cover", proposal.coverDays())
                .param("startsOn", proposal.startsOn())
                .param("endsOn", proposal.endsOn())
                .param("year", AcademicYear.containing(proposal.startsOn()).toString())
                .param("index", EventPosition.of(token))
                .update();
    }

    @EventHandler
    void on(CompletedCpdLogged event, TrackingToken token) {
        CompletedLearning learning = event.learning();
        jdbc.sql("""
                        INSERT INTO cpd_activity_view (activity_id, school_id, staff_id, title, type, provider, status,
                                                       starts_on, ends_on, completed_on, completed_hours,
                                                       completed_cost, certificate_reference, academic_year,
                                                       last_event_index)
                        VALUES (:activity, :school, :staff, :title, :type, :provider, 'COMPLETED', :startsOn,
                                :completedOn, :completedOn, :hours, :cost, :certificate, :year, :index)
                        ON CONFLICT (activity_id) DO NOTHING""")
                .param("activity", event.activityId().value())
                .param("school", event.schoolId().value())
                .param("staff", event.staffId().value())
                .param("title", learning.title().text())
                .param("type", learning.type().name())
                .param("provider", text(learning.provider()))
                .param("startsOn", learning.startedOn())
                .param("completedOn", learning.completedOn())
                .param("hours", learning.hours())
                .param("cost", learning.cost())
                .param("certificate", learning.certificateReference())
                .param("year", AcademicYear.containing(learning.completedOn()).toString())
                .param("index", EventPosition.of(token))
                .update();
    }

    @EventHandler
    void on(CpdActivityApproved event, TrackingToken token) {
        update(event.activityId(), "status = 'APPROVED', decided_on = ?", token, event.approvedOn());
    }

    @EventHandler
    void on(CpdActivityDeclined event, TrackingToken token) {
        update(event.activityId(), "status = 'DECLINED', decided_on = ?, decline_reason = ?", token,
                event.declinedOn(), event.reason().text());
    }

    @EventHandler
    void on(CPDCompleted event, TrackingToken token) {
        update(event.activityId(), """
                        status = 'COMPLETED', completed_on = ?, completed_hours = ?, completed_cost = ?,
                        certificate_reference = ?, academic_year = ?""", token, event.completedOn(), event.hours(),
                event.cost(), event.certificateReference(), AcademicYear.containing(event.completedOn()).toString());
    }

    @EventHandler
    void on(CpdReflectionRecorded event, TrackingToken token) {
        // least: the first reflection's day, whichever order a re-read brings them in
        update(event.activityId(), "reflected_on = least(reflected_on, ?)", token, event.reflectedOn());
    }

    @EventHandler
    void on(CpdImpactEvaluated event, TrackingToken token) {
        update(event.activityId(), "impact_evaluated_on = least(impact_evaluated_on, ?)", token,
                event.evaluatedOn());
    }

    private void update(CpdActivityId activityId, String assignments, TrackingToken token, Object... values) {
        ACTIVITY.apply(jdbc, activityId.value(), assignments, token, values);
    }

    private static String text(PersonalText text) {
        return text == null ? null : text.text();
    }
}
