package dev.heartwood.reporting.appraisal;

import dev.heartwood.reporting.api.AppraisalSummaryQuery;
import dev.heartwood.reporting.api.AppraisalSummaryView;
import dev.heartwood.reporting.api.AppraisalSummaryView.ObjectiveView;
import dev.heartwood.reporting.api.AppraisalSummaryView.Person;
import dev.heartwood.reporting.query.RecordRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Component
class AppraisalSummaryQueries {

    private final JdbcClient jdbc;

    AppraisalSummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<AppraisalSummaryView> handle(AppraisalSummaryQuery query) {
        UUID appraisalId = query.appraisalId().value();
        List<ObjectiveView> objectives = jdbc.sql("""
                        SELECT objective_id, title, success_criteria, set_on, withdrawn, outcome FROM appraisal_summary_objective
                        WHERE appraisal_id = ? ORDER BY set_on, objective_id""")
                .param(appraisalId)
                .query(RecordRows.of(ObjectiveView.class))
                .list();
        return jdbc.sql("""
                        SELECT a.appraisal_id, a.cycle_id, a.school_id, a.academic_year, a.status, a.exemption,
                               a.appraisee_id, appraisee.name AS appraisee_name,
                               a.appraiser_id, appraiser.name AS appraiser_name, a.started_on, a.last_event_index
                        FROM appraisal_summary a
                        LEFT JOIN staff_view appraisee ON appraisee.staff_id = a.appraisee_id
                        LEFT JOIN staff_view appraiser ON appraiser.staff_id = a.appraiser_id
                        WHERE a.appraisal_id = ?""")
                .param(appraisalId)
                .query((row, n) -> new AppraisalSummaryView(
                        row.getObject("appraisal_id", UUID.class),
                        row.getObject("cycle_id", UUID.class),
                        row.getObject("school_id", UUID.class),
                        row.getString("academic_year"),
                        row.getString("status"),
                        new Person(row.getObject("appraisee_id", UUID.class), row.getString("appraisee_name")),
                        row.getObject("appraiser_id") == null ? null
                                : new Person(row.getObject("appraiser_id", UUID.class), row.getString("appraiser_name")),
                        row.getString("exemption"),
                        row.getObject("started_on", LocalDate.class),
                        objectives,
                        row.getLong("last_event_index")))
                .optional();
    }
}
