package dev.heartwood.reporting.training;

import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.StaffTrainingCompletionsQuery;
import dev.heartwood.reporting.api.TrainingCompletionRow;
import dev.heartwood.reporting.query.ListPages;
import dev.heartwood.reporting.query.Listing;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** A person's completions of required training, a page at a time. */
@Component
class TrainingCompletions {

    /** The processing group that keeps what these lists read. */
    private static final String PROCESSOR = TrainingQueries.PROCESSING_GROUP;

    /**
     * Each completion with the requirement's terms in force on its day: the latest version from that day or before,
     * or the first for a completion recorded before the requirement came into force.
     */
    private static final Listing<TrainingCompletionRow> OF_A_PERSON = Listing.of(TrainingCompletionRow.class, PROCESSOR, """
            SELECT c.staff_id, c.requirement_id, v.title AS requirement_title, v.category, c.completed_on,
                   c.provider, c.certificate_reference, c.superseded_on, c.last_event_index
            FROM training_completion c
            LEFT JOIN LATERAL (SELECT version.title, version.category FROM training_requirement_version version
                               WHERE version.requirement_id = c.requirement_id
                               ORDER BY version.effective_from > c.completed_on,
                                        abs(version.effective_from - c.completed_on)
                               LIMIT 1) v ON true
            WHERE c.staff_id = :staff AND (CAST(:requirement AS uuid) IS NULL OR c.requirement_id = :requirement)""");

    private final ListPages lists;

    TrainingCompletions(ListPages lists) {
        this.lists = lists;
    }

    /** Answers a raw page because Axon matches a handler to {@code instanceOf(ReportPage.class)} by its plain class. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    ReportPage handle(StaffTrainingCompletionsQuery query) {
        String orderBy = switch (query.sort()) {
            case DATE -> "completed_on DESC, requirement_title, requirement_id";
            case REQUIREMENT -> "requirement_title, requirement_id, completed_on DESC";
        };
        return lists.page(OF_A_PERSON, orderBy, new MapSqlParameterSource()
                        .addValue("staff", query.staffId().value())
                        .addValue("requirement", query.requirementId() == null ? null
                                : query.requirementId().value()),
                query.page(), query.size());
    }
}
