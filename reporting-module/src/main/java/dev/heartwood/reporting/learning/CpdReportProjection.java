package dev.heartwood.reporting.learning;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.IgnoresEvents;
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
import dev.heartwood.learning.api.CpdLinks;
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

import java.time.LocalDate;
import java.util.UUID;

/**
 * Each piece of professional learning with what was asked for, decided and spent, and the objectives and school
 * priorities it serves for as long as the link stands.
 */
@Component
@ProjectionTables({"learning_report_activity", "learning_report_activity_link"})
@ProcessingGroup(CpdReportProjection.PROCESSING_GROUP)
@IgnoresEvents({
        // the reports count learning linked to objectives and priorities; needs, reflections and evaluations are the
        // history's
        CpdImpactEvaluated.class, CpdLinkedToDevelopmentNeed.class, CpdReflectionRecorded.class,
        CpdUnlinkedFromDevelopmentNeed.class
})
class CpdReportProjection {

    static final String PROCESSING_GROUP = "learning-reports";
    static final String OBJECTIVE = "OBJECTIVE";
    static final String PRIORITY = "PRIORITY";

    private static final RowUpdate ACTIVITY = new RowUpdate("learning_report_activity", "activity_id");

    private final JdbcClient jdbc;
    private final ObjectiveTotals totals;

    CpdReportProjection(JdbcClient jdbc, ObjectiveTotals totals) {
        this.jdbc = jdbc;
        this.totals = totals;
    }

    @EventHandler
    void on(CpdActivityRequested event, TrackingToken token) {
        CpdProposal proposal = event.proposal();
        jdbc.sql("""
                        INSERT INTO learning_report_activity (activity_id, school_id, staff_id, type, requested,
                                                              planned_hours, planned_cost, cover_days, learning_date,
                                                              academic_year, term, last_event_index)
                        VALUES (:activity, :school, :staff, :type, true, :hours, :cost, :cover, :date, :year, :term,
                                :index)
                        ON CONFLICT (activity_id) DO NOTHING""")
                .param("activity", event.activityId().value())
                .param("school", event.schoolId().value())
                .param("staff", event.staffId().value())
                .param("type", proposal.type().name())
                .param("hours", proposal.expectedHours())
                .param("cost", proposal.cost())
                .param("cover", proposal.coverDays())
                .param("date", proposal.startsOn())
                .param("year", AcademicYear.containing(proposal.startsOn()).toString())
                .param("term", Term.of(proposal.startsOn()).name())
                .param("index", EventPosition.of(token))
                .update();
        links(event.activityId(), event.links(), token);
    }

    @EventHandler
    void on(CompletedCpdLogged event, TrackingToken token) {
        CompletedLearning learning = event.learning();
        jdbc.sql("""
                        INSERT INTO learning_report_activity (activity_id, school_id, staff_id, type, requested,
                                                              completed, completed_hours, completed_cost,
                                                              learning_date, academic_year, term, last_event_index)
                        VALUES (:activity, :school, :staff, :type, false, true, :hours, :cost, :date, :year, :term,
                                :index)
                        ON CONFLICT (activity_id) DO NOTHING""")
                .param("activity", event.activityId().value())
                .param("school", event.schoolId().value())
                .param("staff", event.staffId().value())
                .param("type", learning.type().name())
                .param("hours", learning.hours())
                .param("cost", learning.cost())
                .param("date", learning.completedOn())
                .param("year", AcademicYear.containing(learning.completedOn()).toString())
                .param("term", Term.of(learning.completedOn()).name())
                .param("index", EventPosition.of(token))
                .update();
        links(event.activityId(), event.links(), token);
    }

    @EventHandler
    void on(CpdActivityApproved event, TrackingToken token) {
        update(event.activityId(), "approved = true", token);
    }

    @EventHandler
    void on(CpdActivityDeclined event, TrackingToken token) {
        update(event.activityId(), "declined = true", token);
        totals.touchedByLinksOf(event.activityId().value());
    }

    /** Learning is counted in the year and term it was completed, which may differ from the ones planned. */
    @EventHandler
    void on(CPDCompleted event, TrackingToken token) {
        LocalDate completedOn = event.completedOn();
        jdbc.sql("""
                        UPDATE learning_report_activity
                        SET completed = true, completed_hours = ?, completed_cost = ?, learning_date = ?,
                            academic_year = ?, term = ?, last_event_index = greatest(last_event_index, ?)
                        WHERE activity_id = ?""")
                .params(event.hours(), event.cost(), completedOn, AcademicYear.containing(completedOn).toString(),
                        Term.of(completedOn).name(), EventPosition.of(token), event.activityId().value())
                .update();
        totals.touchedByLinksOf(event.activityId().value());
    }

    @EventHandler
    void on(CpdLinkedToObjective event, TrackingToken token) {
        link(event.activityId(), OBJECTIVE, event.objectiveId().value(), token);
        totals.touchedByLinksOf(event.activityId().value());
    }

    @EventHandler
    void on(CpdUnlinkedFromObjective event, TrackingToken token) {
        unlink(event.activityId(), OBJECTIVE, event.objectiveId().value(), token);
    }

    @EventHandler
    void on(CpdLinkedToSchoolPriority event, TrackingToken token) {
        link(event.activityId(), PRIORITY, event.priorityId().value(), token);
        totals.touchedByLinksOf(event.activityId().value());
    }

    @EventHandler
    void on(CpdUnlinkedFromSchoolPriority event, TrackingToken token) {
        unlink(event.activityId(), PRIORITY, event.priorityId().value(), token);
    }

    private void links(CpdActivityId activityId, CpdLinks links, TrackingToken token) {
        links.objectives().forEach(objective -> link(activityId, OBJECTIVE, objective.value(), token));
        links.priorities().forEach(priority -> link(activityId, PRIORITY, priority.value(), token));
        if (!links.objectives().isEmpty() || !links.priorities().isEmpty()) {
            totals.touchedByLinksOf(activityId.value());
        }
    }

    private void link(CpdActivityId activityId, String kind, UUID targetId, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO learning_report_activity_link (activity_id, kind, target_id, last_event_index)
                        VALUES (?, ?, ?, ?) ON CONFLICT (activity_id, kind, target_id) DO NOTHING""")
                .params(activityId.value(), kind, targetId, EventPosition.of(token))
                .update();
    }

    /** The school years the link counted in are counted again without it. */
    private void unlink(CpdActivityId activityId, String kind, UUID targetId, TrackingToken token) {
        totals.touchedByLinksOf(activityId.value());
        jdbc.sql("DELETE FROM learning_report_activity_link WHERE activity_id = ? AND kind = ? AND target_id = ?")
                .params(activityId.value(), kind, targetId)
                .update();
        jdbc.sql("""
                        UPDATE learning_report_activity SET last_event_index = greatest(last_event_index, ?)
                        WHERE activity_id = ?""")
                .params(EventPosition.of(token), activityId.value())
                .update();
    }

    private void update(CpdActivityId activityId, String assignment, TrackingToken token) {
        ACTIVITY.apply(jdbc, activityId.value(), assignment, token);
    }
}
