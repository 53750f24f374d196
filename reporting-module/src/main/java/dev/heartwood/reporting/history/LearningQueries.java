package dev.heartwood.reporting.history;

import dev.heartwood.appraisal.api.DevelopmentNeedIdentified;
import dev.heartwood.reporting.api.CpdActivityQuery;
import dev.heartwood.reporting.api.CpdActivityView;
import dev.heartwood.reporting.api.CpdActivityView.LinkKind;
import dev.heartwood.reporting.api.LearningLinkOptionsQuery;
import dev.heartwood.reporting.api.LearningLinkOptionsView;
import dev.heartwood.reporting.api.LearningLinkOptionsView.Option;
import dev.heartwood.reporting.query.RecordRows;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A person's learning as its owner reads it, and what it can serve. A piece of learning is read from its own events,
 * which no read model keeps whole (its reflections, evaluations and the history of its links); the objectives and
 * priorities it serves are named from the read models that keep their titles, and development needs from the
 * appraisals' own events, the only record of what each need is.
 */
@Component
class LearningQueries {

    private final AggregateEvents events;
    private final JdbcClient jdbc;

    LearningQueries(AggregateEvents events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<CpdActivityView> handle(CpdActivityQuery query) {
        String activityId = query.activityId().toString();
        return LearningAsRecorded.of(events.of(activityId)).map(learning -> learning.view(labels(learning)::get,
                events.globalIndexes(activityId).values().stream().mapToLong(Long::longValue).max().orElse(0)));
    }

    /** The appraisal of the year that sets what learning serves: one under way, or else one completed. */
    @QueryHandler
    LearningLinkOptionsView handle(LearningLinkOptionsQuery query) {
        UUID staffId = query.staffId().value();
        String year = query.academicYear().toString();
        Optional<UUID> appraisal = jdbc.sql("""
                        SELECT appraisal_id FROM appraisal_summary
                        WHERE appraisee_id = ? AND academic_year = ? AND status IN ('UNDER_WAY', 'COMPLETED')
                        ORDER BY status = 'UNDER_WAY' DESC, started_on DESC LIMIT 1""")
                .params(staffId, year)
                .query(UUID.class)
                .optional();
        List<Option> objectives = appraisal.map(appraisalId -> jdbc.sql("""
                        SELECT objective_id AS id, title AS label FROM appraisal_summary_objective
                        WHERE appraisal_id = ? AND NOT withdrawn ORDER BY set_on, title, objective_id""")
                .param(appraisalId)
                .query(RecordRows.of(Option.class))
                .list()).orElse(List.of());
        List<Option> needs = appraisal.map(appraisalId -> needsIn(List.of(appraisalId))).orElse(List.of());
        List<Option> priorities = jdbc.sql("""
                        SELECT p.priority_id AS id, p.title AS label
                        FROM learning_report_priority p JOIN staff_view s ON s.school_id = p.school_id
                        WHERE s.staff_id = ? AND p.academic_year = ? ORDER BY p.title, p.priority_id""")
                .params(staffId, year)
                .query(RecordRows.of(Option.class))
                .list();
        return new LearningLinkOptionsView(objectives, needs, priorities);
    }

    /** The words for everything the learning has been linked to, by identifier. */
    private Map<UUID, String> labels(LearningAsRecorded learning) {
        Map<UUID, String> labels = new HashMap<>();
        titles("SELECT objective_id AS id, title AS label FROM appraisal_summary_objective WHERE objective_id IN (:ids)",
                learning.everLinked(LinkKind.OBJECTIVE), labels);
        titles("SELECT priority_id AS id, title AS label FROM learning_report_priority WHERE priority_id IN (:ids)",
                learning.everLinked(LinkKind.PRIORITY), labels);
        Set<UUID> needs = learning.everLinked(LinkKind.DEVELOPMENT_NEED);
        if (!needs.isEmpty()) {
            // a need names only its appraisal, so the person's appraisals are read for it
            needsIn(jdbc.sql("SELECT appraisal_id FROM appraisal_summary WHERE appraisee_id = ?")
                    .param(learning.staffId())
                    .query(UUID.class)
                    .list()).stream()
                    .filter(need -> needs.contains(need.id()))
                    .forEach(need -> labels.put(need.id(), need.label()));
        }
        return labels;
    }

    private void titles(String sql, Set<UUID> ids, Map<UUID, String> labels) {
        if (!ids.isEmpty()) {
            jdbc.sql(sql).param("ids", ids).query(RecordRows.of(Option.class)).list()
                    .forEach(option -> labels.put(option.id(), option.label()));
        }
    }

    /** The development needs identified in these appraisals, in the order they were identified. */
    private List<Option> needsIn(Collection<UUID> appraisals) {
        return appraisals.stream()
                .flatMap(appraisalId -> events.of(appraisalId.toString()).stream())
                .map(EventMessage::getPayload)
                .filter(DevelopmentNeedIdentified.class::isInstance)
                .map(DevelopmentNeedIdentified.class::cast)
                .map(need -> new Option(need.needId().value(), need.description().text()))
                .toList();
    }
}
