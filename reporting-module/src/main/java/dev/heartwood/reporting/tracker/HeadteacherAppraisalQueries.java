package dev.heartwood.reporting.tracker;

import dev.heartwood.reporting.api.HeadteacherAppraisalQuery;
import dev.heartwood.reporting.api.HeadteacherAppraisalReport;
import dev.heartwood.reporting.api.HeadteacherAppraisalReport.Appraisal;
import dev.heartwood.reporting.api.HeadteacherAppraisalReport.Consultation;
import dev.heartwood.reporting.api.HeadteacherAppraisalReport.ExternalAdviser;
import dev.heartwood.reporting.api.HeadteacherAppraisalReport.Person;
import dev.heartwood.reporting.query.EventStreamHead;
import dev.heartwood.reporting.query.RecordRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@Component
class HeadteacherAppraisalQueries {

    private static final String OF_THE_CYCLES_HEADTEACHERS =
            "SELECT appraisal_id FROM completion_appraisal WHERE cycle_id = ? AND category = 'HEADTEACHER'";

    private final JdbcClient jdbc;
    private final EventStreamHead head;

    HeadteacherAppraisalQueries(JdbcClient jdbc, EventStreamHead head) {
        this.jdbc = jdbc;
        this.head = head;
    }

    private record Cycle(UUID cycleId, String academicYear, LocalDate headteacherPayDecisionBy, long lastEventIndex) {
    }

    private record Member(UUID appraisalId, Person governor, boolean chair) {
    }

    private record Consulted(UUID appraisalId, Consultation consultation) {
    }

    @QueryHandler
    Optional<HeadteacherAppraisalReport> handle(HeadteacherAppraisalQuery query) {
        return jdbc.sql("""
                        SELECT cycle_id, academic_year, headteacher_pay_decision_by, last_event_index
                        FROM completion_cycle WHERE school_id = ? AND academic_year = ?""")
                .params(query.schoolId(), query.academicYear().toString())
                .query(RecordRows.of(Cycle.class))
                .optional()
                .map(cycle -> report(query, cycle));
    }

    private HeadteacherAppraisalReport report(HeadteacherAppraisalQuery query, Cycle cycle) {
        Map<UUID, List<Member>> panels = panels(cycle.cycleId());
        Map<UUID, List<Consultation>> consultations = consultations(cycle.cycleId());
        List<Appraisal> appraisals = jdbc.sql("""
                        SELECT a.*, headteacher.name AS headteacher_name, adviser.name AS adviser_name,
                               adviser.organisation AS adviser_organisation,
                               adviser.appointed_on AS adviser_appointed_on
                        FROM completion_appraisal a
                        LEFT JOIN staff_view headteacher ON headteacher.staff_id = a.appraisee_id
                        LEFT JOIN headteacher_adviser adviser ON adviser.appraisal_id = a.appraisal_id
                        WHERE a.cycle_id = ? AND a.category = 'HEADTEACHER'
                        ORDER BY a.started_on, a.appraisal_id""")
                .param(cycle.cycleId())
                .query((row, n) -> appraisal(row, cycle.headteacherPayDecisionBy(), query.today(),
                        panels.getOrDefault(row.getObject("appraisal_id", UUID.class), List.of()),
                        consultations.getOrDefault(row.getObject("appraisal_id", UUID.class), List.of())))
                .list();
        long newest = jdbc.sql("""
                        SELECT coalesce(max(last_event_index), 0) FROM completion_appraisal
                        WHERE cycle_id = ? AND category = 'HEADTEACHER'""")
                .param(cycle.cycleId())
                .query(Long.class)
                .single();
        return new HeadteacherAppraisalReport(query.schoolId(), cycle.cycleId(), cycle.academicYear(),
                cycle.headteacherPayDecisionBy(), appraisals,
                head.freshness(Math.max(newest, cycle.lastEventIndex()),
                        CompletionTrackerProjection.PROCESSING_GROUP));
    }

    /** The panel of each headteacher appraisal of the cycle, the chair first. */
    private Map<UUID, List<Member>> panels(UUID cycleId) {
        return jdbc.sql("""
                        SELECT p.appraisal_id, p.governor_id, s.name, p.chair FROM headteacher_panel_member p
                        LEFT JOIN staff_view s ON s.staff_id = p.governor_id
                        WHERE p.appraisal_id IN (%s) ORDER BY p.chair DESC, s.name, p.governor_id"""
                        .formatted(OF_THE_CYCLES_HEADTEACHERS))
                .param(cycleId)
                .query((row, n) -> new Member(row.getObject("appraisal_id", UUID.class),
                        new Person(row.getObject("governor_id", UUID.class), row.getString("name")),
                        row.getBoolean("chair")))
                .stream()
                .collect(Collectors.groupingBy(Member::appraisalId));
    }

    private Map<UUID, List<Consultation>> consultations(UUID cycleId) {
        return jdbc.sql("""
                        SELECT appraisal_id, stage, consulted_on FROM headteacher_consultation
                        WHERE appraisal_id IN (%s) ORDER BY consulted_on, event_index"""
                        .formatted(OF_THE_CYCLES_HEADTEACHERS))
                .param(cycleId)
                .query((row, n) -> new Consulted(row.getObject("appraisal_id", UUID.class),
                        new Consultation(row.getString("stage"), row.getObject("consulted_on", LocalDate.class))))
                .stream()
                .collect(Collectors.groupingBy(Consulted::appraisalId,
                        Collectors.mapping(Consulted::consultation, Collectors.toList())));
    }

    private static Appraisal appraisal(ResultSet row, LocalDate payDecisionBy, LocalDate today, List<Member> panel,
                                       List<Consultation> consultations) throws SQLException {
        LocalDate appraiseeAgreed = row.getObject("appraisee_agreed_on", LocalDate.class);
        LocalDate appraiserAgreed = row.getObject("appraiser_agreed_on", LocalDate.class);
        LocalDate completedOn = row.getObject("completed_on", LocalDate.class);
        String status = row.getString("status");
        boolean onTime = completedOn != null ? !completedOn.isAfter(payDecisionBy)
                : "UNDER_WAY".equals(status) && !today.isAfter(payDecisionBy);
        return new Appraisal(row.getObject("appraisal_id", UUID.class),
                new Person(row.getObject("appraisee_id", UUID.class), row.getString("headteacher_name")),
                status,
                panel.stream().map(Member::governor).toList(),
                panel.stream().filter(Member::chair).map(Member::governor).findFirst().orElse(null),
                row.getString("adviser_name") == null ? null : new ExternalAdviser(row.getString("adviser_name"),
                        row.getString("adviser_organisation"), row.getObject("adviser_appointed_on", LocalDate.class)),
                consultations,
                row.getObject("objectives_set_on", LocalDate.class),
                appraiseeAgreed == null || appraiserAgreed == null ? null
                        : appraiseeAgreed.isAfter(appraiserAgreed) ? appraiseeAgreed : appraiserAgreed,
                row.getObject("final_review_on", LocalDate.class),
                row.getObject("report_issued_on", LocalDate.class),
                row.getObject("appraisee_signed_off_on", LocalDate.class),
                row.getObject("appraiser_signed_off_on", LocalDate.class),
                completedOn,
                onTime);
    }
}
