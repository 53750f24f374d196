package dev.heartwood.reporting.appraisal;

import dev.heartwood.appraisal.api.AppraisalCycleOpened;
import dev.heartwood.appraisal.api.CycleDeadlines;
import dev.heartwood.reporting.EventPosition;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each school's cycles as they were opened, beside the appraisal summaries that count the appraisals of each: a
 * cycle's period, pay policy and deadlines never change once it is open.
 */
@Component
@ProjectionTables({"cycle_view"})
@ProcessingGroup(AppraisalSummaryProjection.PROCESSING_GROUP)
class CycleProjection {

    private final JdbcClient jdbc;

    CycleProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppraisalCycleOpened event, TrackingToken token) {
        CycleDeadlines deadlines = event.deadlines();
        jdbc.sql("""
                        INSERT INTO cycle_view (cycle_id, school_id, academic_year, period_start, period_end, pay_policy,
                                                objectives_by, mid_year_review_by, final_review_by,
                                                teacher_pay_decision_by, headteacher_pay_decision_by, last_event_index)
                        VALUES (:cycle, :school, :year, :start, :end, :payPolicy, :objectivesBy, :midYearBy, :finalBy,
                                :teacherPayBy, :headteacherPayBy, :index)
                        ON CONFLICT (cycle_id) DO NOTHING""")
                .param("cycle", event.cycleId().value())
                .param("school", event.schoolId().value())
                .param("year", event.academicYear().toString())
                .param("start", event.periodStart())
                .param("end", event.periodEnd())
                .param("payPolicy", event.payPolicy().name())
                .param("objectivesBy", deadlines.objectivesBy())
                .param("midYearBy", deadlines.midYearReviewBy())
                .param("finalBy", deadlines.finalReviewBy())
                .param("teacherPayBy", deadlines.teacherPayDecisionBy())
                .param("headteacherPayBy", deadlines.headteacherPayDecisionBy())
                .param("index", EventPosition.of(token))
                .update();
    }
}
