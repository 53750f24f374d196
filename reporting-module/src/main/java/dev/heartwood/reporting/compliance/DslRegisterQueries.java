package dev.heartwood.reporting.compliance;

import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.learning.api.TrainingAudience;
import dev.heartwood.learning.api.TrainingCategory;
import dev.heartwood.reporting.api.DslRegisterQuery;
import dev.heartwood.reporting.api.DslRegisterRow;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.TrainingStandingView;
import dev.heartwood.reporting.training.TrainingQueries;
import dev.heartwood.reporting.query.EventStreamHead;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The designated safeguarding leads and deputies on a day, with where their safeguarding training stands then. */
@Component
class DslRegisterQueries {

    private static final List<StaffRole> SAFEGUARDING_LEADS = List.of(StaffRole.DSL, StaffRole.DEPUTY_DSL);

    private final StaffStandings standings;
    private final EventStreamHead head;

    DslRegisterQueries(StaffStandings standings, EventStreamHead head) {
        this.standings = standings;
        this.head = head;
    }

    /** Answers a raw page because Axon matches a handler to {@code instanceOf(ReportPage.class)} by its plain class. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    ReportPage handle(DslRegisterQuery query) {
        LocalDate day = query.on();
        List<StaffOnTheDay> staff = standings.on(query.scope(), day);
        List<DslRegisterRow> register = staff.stream()
                .flatMap(person -> rows(person, day))
                .sorted(Comparator.comparing(DslRegisterRow::schoolName)
                        .thenComparing(DslRegisterRow::role)
                        .thenComparing(DslRegisterRow::staffName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DslRegisterRow::staffId))
                .toList();
        return new ReportPage<>(DslRegisterRow.class, register, 0, register.size(), register.size(),
                head.freshness(StaffStandings.lastEventIndex(staff), TrainingQueries.PROCESSING_GROUP));
    }

    private static Stream<DslRegisterRow> rows(StaffOnTheDay person, LocalDate day) {
        Optional<TrainingStandingView> dslTraining = firstDue(person, TrainingCategory.DSL_TRAINING);
        Optional<TrainingStandingView> update = firstDue(person, TrainingCategory.SAFEGUARDING_UPDATE);
        return SAFEGUARDING_LEADS.stream().flatMap(role -> person.history().inAudienceSince(TrainingAudience.holding(role), day)
                .map(since -> new DslRegisterRow(person.schoolId(), person.schoolName(), person.training().staffId(),
                        person.staffName(), role, since,
                        dslTraining.map(TrainingStandingView::status).orElse(null),
                        dslTraining.map(TrainingStandingView::lastCompletedOn).orElse(null),
                        dslTraining.map(TrainingStandingView::dueOn).orElse(null),
                        update.map(TrainingStandingView::status).orElse(null),
                        update.map(TrainingStandingView::lastCompletedOn).orElse(null),
                        update.map(TrainingStandingView::dueOn).orElse(null)))
                .stream());
    }

    private static Optional<TrainingStandingView> firstDue(StaffOnTheDay person, TrainingCategory category) {
        return person.training().requirements().stream()
                .filter(standing -> standing.category() == category)
                .min(Comparator.comparing(TrainingStandingView::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
    }
}
