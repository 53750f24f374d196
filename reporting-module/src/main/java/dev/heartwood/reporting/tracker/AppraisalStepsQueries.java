package dev.heartwood.reporting.tracker;

import dev.heartwood.reporting.api.AppraisalStepsQuery;
import dev.heartwood.reporting.api.AppraisalStepsRow;
import dev.heartwood.reporting.query.RecordRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** A person's appraisals under way, from the completion tracker's rows, which keep the day of every step. */
@Component
class AppraisalStepsQueries {

    private final JdbcClient jdbc;

    AppraisalStepsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<AppraisalStepsRow> handle(AppraisalStepsQuery query) {
        return jdbc.sql("""
                        SELECT a.appraisal_id, a.school_id, c.academic_year, a.appraisee_id,
                               appraisee.name AS appraisee_name, a.appraiser_id, appraiser.name AS appraiser_name,
                               a.objectives, a.objectives_set_on, a.appraisee_agreed_on, a.appraiser_agreed_on,
                               a.disagreement_recorded_on, a.mid_year_review_on, a.self_review_on, a.final_review_on,
                               a.report_issued_on, a.appraisee_signed_off_on, a.appraiser_signed_off_on,
                               c.objectives_by, c.mid_year_review_by, c.final_review_by, a.last_event_index
                        FROM completion_appraisal a
                        JOIN completion_cycle c ON c.cycle_id = a.cycle_id
                        LEFT JOIN staff_view appraisee ON appraisee.staff_id = a.appraisee_id
                        LEFT JOIN staff_view appraiser ON appraiser.staff_id = a.appraiser_id
                        WHERE a.status = 'UNDER_WAY' AND (a.appraisee_id = :staff OR a.appraiser_id = :staff)
                        ORDER BY c.academic_year, appraisee.name, a.appraisal_id""")
                .param("staff", query.staffId().value())
                .query(RecordRows.of(AppraisalStepsRow.class))
                .list();
    }
}
