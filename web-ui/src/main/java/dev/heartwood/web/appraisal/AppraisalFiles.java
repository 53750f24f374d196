package dev.heartwood.web.appraisal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heartwood.appraisal.api.AppraisalErrorCode;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.Standard;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Permissions;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.AggregateHistoryQuery;
import dev.heartwood.reporting.api.AggregateHistoryView;
import dev.heartwood.reporting.api.AppraisalAsOfQuery;
import dev.heartwood.reporting.api.AppraisalAsOfView;
import dev.heartwood.reporting.api.AppraisalAsOfView.ObjectiveAsOf;
import dev.heartwood.reporting.api.SchoolPrioritiesQuery;
import dev.heartwood.reporting.api.SchoolPriorityRow;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.web.Queries;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads an appraisal for its page, through the query API: where it stands and its objectives as of now, and what has
 * been written in it from its history, which both come from the event store itself (so a step just recorded shows at
 * once); names from the directory, and the school's priorities for the year.
 */
@Component
class AppraisalFiles {

    /** Every event recorded so far: the appraisal as it stands. */
    private static final Instant EVERYTHING_RECORDED = Instant.MAX;

    private final Queries queries;
    private final Permissions permissions;
    private final ObjectMapper json;

    AppraisalFiles(Queries queries, Permissions permissions, ObjectMapper json) {
        this.queries = queries;
        this.permissions = permissions;
        this.json = json;
    }

    /** The appraisal as the viewer may read it; refused as not found when nothing is recorded about it. */
    AppraisalFile read(UUID appraisalId, Viewer viewer) {
        AppraisalAsOfView state = asOf(appraisalId, EVERYTHING_RECORDED).orElseThrow(() -> notFound(appraisalId));
        AggregateHistoryView history = queries.one(new AggregateHistoryQuery(appraisalId.toString()),
                AggregateHistoryView.class).orElseThrow(() -> notFound(appraisalId));
        Optional<SchoolView> school = queries.one(new SchoolQuery(new SchoolId(state.schoolId())), SchoolView.class);
        Reader reader = new Reader(viewer);
        People people = new People(queries);
        AppraisalWritings writings = AppraisalWritings.read(history, reader,
                reader.holdsPayFor(state.schoolId(), school.map(SchoolView::trustId).orElse(null)), people, json);
        List<SchoolPriorityRow> priorities = prioritiesOf(state);
        AppraisalParty party = reader.is(state.appraiseeId()) ? AppraisalParty.APPRAISEE
                : reader.is(state.appraiserId()) ? AppraisalParty.APPRAISER : null;
        List<ObjectiveCard> objectives = state.objectives().stream()
                .map(objective -> card(objective, writings, priorities)).toList();
        return new AppraisalFile(appraisalId, state.schoolId(), school.map(SchoolView::name).orElse("Your school"),
                state.academicYear(), state.status(), state.exemption(), state.appraiseeId(),
                people.nameOf(state.appraiseeId()), state.appraiserId(),
                state.appraiserId() == null ? null : people.nameOf(state.appraiserId()), party, state.startedOn(),
                state.standardsCommunicated(), writings.framework(), writings.standards(), priorities, objectives,
                writings.agreements().get(AppraisalParty.APPRAISEE),
                writings.agreements().get(AppraisalParty.APPRAISER), writings.disagreements(), writings.notes(),
                writings.evidence(),
                writings.midYearReview(), writings.selfReview(), state.finalReviewOn(), writings.developmentNeeds(),
                writings.asksForPay(), writings.report(), writings.pay(),
                writings.signOff(AppraisalParty.APPRAISEE), writings.signOff(AppraisalParty.APPRAISER),
                state.completedOn(), writings.history(), actions(appraisalId, state, party,
                objectives.stream().anyMatch(objective -> !objective.withdrawn())));
    }

    /** The appraisal as it stood at an instant: the events recorded by then. */
    Optional<AppraisalAsOfView> asOf(UUID appraisalId, Instant at) {
        return queries.one(new AppraisalAsOfQuery(new AppraisalId(appraisalId), at), AppraisalAsOfView.class);
    }

    /** A person's name, as the directory has it. */
    String nameOf(UUID staffId) {
        return new People(queries).nameOf(staffId);
    }

    /** The school's priorities in the appraisal's year. */
    private List<SchoolPriorityRow> prioritiesOf(AppraisalAsOfView appraisal) {
        return queries.list(new SchoolPrioritiesQuery(new SchoolId(appraisal.schoolId()),
                AcademicYear.parse(appraisal.academicYear())), SchoolPriorityRow.class);
    }

    private Actions actions(UUID appraisalId, AppraisalAsOfView state, AppraisalParty party, boolean anyObjective) {
        boolean underWay = "UNDER_WAY".equals(state.status());
        boolean appraiser = underWay && permissions.allows(appraisalId, Audience.APPRAISER);
        boolean appraisee = underWay && permissions.allows(appraisalId, Audience.SELF);
        boolean objectivesOpen = state.finalReviewOn() == null;
        boolean outcomesOpen = !objectivesOpen && state.reportIssuedOn() == null;
        boolean forTheirSide = party == AppraisalParty.APPRAISEE ? appraisee : party == AppraisalParty.APPRAISER
                && appraiser;
        return new Actions(appraiser && !state.standardsCommunicated(), appraiser && objectivesOpen,
                forTheirSide && objectivesOpen && anyObjective && !state.agreedBy().contains(party.name()),
                appraisee && party == AppraisalParty.APPRAISEE && objectivesOpen && anyObjective,
                appraisee || appraiser, appraiser && state.midYearReviewOn() == null,
                appraisee && state.selfReviewOn() == null, appraiser && objectivesOpen, appraiser && outcomesOpen,
                appraiser, appraiser && outcomesOpen,
                forTheirSide && state.reportIssuedOn() != null && !state.signedOffBy().contains(party.name()),
                underWay && state.signedOffBy().size() == AppraisalParty.values().length
                        && permissions.allows(appraisalId, Audience.APPRAISER, Audience.SCHOOL_LEADER));
    }

    private static ObjectiveCard card(ObjectiveAsOf objective, AppraisalWritings writings,
                                      List<SchoolPriorityRow> priorities) {
        Map<String, Standard> standards = writings.standards().stream()
                .collect(Collectors.toMap(Standard::code, Function.identity()));
        Map<UUID, SchoolPriorityRow> listed = priorities.stream()
                .collect(Collectors.toMap(SchoolPriorityRow::priorityId, Function.identity()));
        Writing withdrawal = objective.withdrawnOn() == null ? null : writings.withdrawals()
                .getOrDefault(objective.objectiveId(), Writing.of(objective.withdrawnOn(), null, null));
        return new ObjectiveCard(objective.objectiveId(), objective.title(), objective.successCriteria(),
                objective.standards().stream().map(code -> standards.getOrDefault(code, new Standard(code, code)))
                        .toList(),
                objective.priorities().stream().map(id -> listed.getOrDefault(id,
                        new SchoolPriorityRow(id, "A priority the school no longer lists"))).toList(),
                objective.setOn(), objective.revisions(), objective.lastRevisedOn(), objective.outcome(),
                writings.outcomes().get(objective.objectiveId()), withdrawal);
    }

    private static DomainRuleViolation notFound(UUID appraisalId) {
        return new DomainRuleViolation(AppraisalErrorCode.APPRAISAL_NOT_FOUND, "No appraisal " + appraisalId
                + " is known");
    }
}
