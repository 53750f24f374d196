package dev.heartwood.reporting.history;

import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.AppraisalTerminated;
import dev.heartwood.appraisal.api.AppraiserChanged;
import dev.heartwood.appraisal.api.ClosingStep;
import dev.heartwood.appraisal.api.DevelopmentNeedIdentified;
import dev.heartwood.appraisal.api.EvidenceReferenced;
import dev.heartwood.appraisal.api.ExternalAdviserAppointed;
import dev.heartwood.appraisal.api.ExternalAdviserConsulted;
import dev.heartwood.appraisal.api.FinalReviewHeld;
import dev.heartwood.appraisal.api.GovernorsPanelAppointed;
import dev.heartwood.appraisal.api.MidYearReviewHeld;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.ObjectivesDisagreementRecorded;
import dev.heartwood.appraisal.api.ProgressNoteAdded;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.SelfReviewSubmitted;
import dev.heartwood.appraisal.api.StandardsCommunicated;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.reporting.api.AppraisalAsOfView;
import dev.heartwood.reporting.api.AppraisalAsOfView.ObjectiveAsOf;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/** Folds an appraisal's events, up to an instant, into the appraisal as it then stood; no clock, no database. */
@IgnoresEvents({
        // writings along the way and the headteacher's oversight: the history holds them, for those who may read them
        DevelopmentNeedIdentified.class, EvidenceReferenced.class, ExternalAdviserAppointed.class,
        ExternalAdviserConsulted.class, GovernorsPanelAppointed.class, ObjectivesDisagreementRecorded.class,
        ProgressNoteAdded.class
})
final class AppraisalAsOf {

    private UUID appraisalId;
    private UUID cycleId;
    private UUID schoolId;
    private String academicYear;
    private String status;
    private UUID appraiseeId;
    private UUID appraiserId;
    private String exemption;
    private LocalDate startedOn;
    private boolean standardsCommunicated;
    private final Map<UUID, Objective> objectives = new LinkedHashMap<>();
    private final TreeSet<String> agreedBy = new TreeSet<>();
    private LocalDate midYearReviewOn;
    private LocalDate selfReviewOn;
    private LocalDate finalReviewOn;
    private final Map<ClosingStep, LocalDate> closedOn = new EnumMap<>(ClosingStep.class);
    private final List<LocalDate> reopenedOn = new ArrayList<>();

    private AppraisalAsOf() {
    }

    /** Empty when nothing about an appraisal had been recorded by {@code at}. */
    static Optional<AppraisalAsOfView> at(Instant at, List<? extends EventMessage<?>> history) {
        List<EventMessage<?>> recorded = RecordedUpTo.events(history, at);
        AppraisalAsOf appraisal = new AppraisalAsOf();
        recorded.forEach(event -> appraisal.apply(event.getPayload()));
        if (appraisal.appraisalId == null) {
            return Optional.empty();
        }
        return Optional.of(new AppraisalAsOfView(appraisal.appraisalId, at, RecordedUpTo.lastRecorded(recorded),
                appraisal.cycleId, appraisal.schoolId, appraisal.academicYear, appraisal.status,
                appraisal.appraiseeId, appraisal.appraiserId, appraisal.exemption, appraisal.startedOn,
                appraisal.standardsCommunicated, appraisal.objectives.values().stream().map(Objective::view).toList(),
                List.copyOf(appraisal.agreedBy), appraisal.midYearReviewOn, appraisal.selfReviewOn,
                appraisal.finalReviewOn, appraisal.closedOn.get(ClosingStep.REPORT_ISSUED), appraisal.signedOffBy(),
                appraisal.closedOn.get(ClosingStep.COMPLETED), List.copyOf(appraisal.reopenedOn)));
    }

    private void apply(Object event) {
        if (event instanceof AppraisalStarted started) {
            begin(started.appraisalId().value(), started.cycleId().value(), started.schoolId().value(),
                    started.academicYear().toString(), started.appraiseeId().value(), started.startedOn());
            appraiserId = started.appraiserId().value();
        } else if (event instanceof AppraisalExempted exempted) {
            begin(exempted.appraisalId().value(), exempted.cycleId().value(), exempted.schoolId().value(),
                    exempted.academicYear().toString(), exempted.appraiseeId().value(), exempted.exemptedOn());
            status = "EXEMPT";
            exemption = exempted.reason().name();
        } else if (event instanceof AppraiserChanged changed) {
            appraiserId = changed.appraiserId().value();
        } else if (event instanceof StandardsCommunicated) {
            standardsCommunicated = true;
        } else if (event instanceof ObjectiveSet set) {
            objectives.put(set.objectiveId().value(), new Objective(set));
            agreedBy.clear();
        } else if (event instanceof ObjectiveRevised revised) {
            objectives.get(revised.objectiveId().value()).revise(revised);
            agreedBy.clear();
        } else if (event instanceof ObjectiveWithdrawn withdrawn) {
            objectives.get(withdrawn.objectiveId().value()).withdrawnOn = withdrawn.withdrawnOn();
        } else if (event instanceof ObjectiveOutcomeRecorded outcome) {
            objectives.get(outcome.objectiveId().value()).outcome = outcome.outcome().name();
        } else if (event instanceof ObjectivesAgreed agreed) {
            agreedBy.add(agreed.party().name());
        } else if (event instanceof MidYearReviewHeld review) {
            midYearReviewOn = review.heldOn();
        } else if (event instanceof SelfReviewSubmitted review) {
            selfReviewOn = review.submittedOn();
        } else if (event instanceof FinalReviewHeld review) {
            finalReviewOn = review.heldOn();
        } else if (event instanceof AppraisalReportIssued report) {
            closedOn.put(ClosingStep.REPORT_ISSUED, report.issuedOn());
        } else if (event instanceof ReviewSignedOff signOff) {
            closedOn.put(ClosingStep.signOffBy(signOff.party()), signOff.signedOn());
        } else if (event instanceof AppraisalCompleted completed) {
            status = "COMPLETED";
            closedOn.put(ClosingStep.COMPLETED, completed.completedOn());
        } else if (event instanceof AppraisalReopened reopened) {
            status = "UNDER_WAY";
            closedOn.clear();
            reopenedOn.add(reopened.reopenedOn());
        } else if (event instanceof AppraisalTerminated) {
            status = "TERMINATED";
        }
    }

    private List<String> signedOffBy() {
        return Arrays.stream(AppraisalParty.values())
                .filter(party -> closedOn.containsKey(ClosingStep.signOffBy(party)))
                .map(Enum::name)
                .toList();
    }

    private void begin(UUID appraisal, UUID cycle, UUID school, String year, UUID appraisee, LocalDate on) {
        appraisalId = appraisal;
        cycleId = cycle;
        schoolId = school;
        academicYear = year;
        appraiseeId = appraisee;
        startedOn = on;
        status = "UNDER_WAY";
    }

    /** An objective's terms as they stand while the events are folded. */
    private static final class Objective {

        private final UUID objectiveId;
        private final LocalDate setOn;
        private String title;
        private String successCriteria;
        private List<String> standards;
        private List<UUID> priorities;
        private int revisions;
        private LocalDate lastRevisedOn;
        private LocalDate withdrawnOn;
        private String outcome;

        private Objective(ObjectiveSet set) {
            objectiveId = set.objectiveId().value();
            setOn = set.setOn();
            terms(set.title().text(), set.successCriteria().text(), set.standards(), set.priorities());
        }

        private void revise(ObjectiveRevised revised) {
            terms(revised.title().text(), revised.successCriteria().text(), revised.standards(),
                    revised.priorities());
            revisions++;
            lastRevisedOn = revised.revisedOn();
        }

        private void terms(String title, String successCriteria, List<String> standards,
                           List<PriorityId> priorities) {
            this.title = title;
            this.successCriteria = successCriteria;
            this.standards = List.copyOf(standards);
            this.priorities = priorities.stream().map(PriorityId::value).toList();
        }

        private ObjectiveAsOf view() {
            return new ObjectiveAsOf(objectiveId, title, successCriteria, standards, priorities, setOn, revisions,
                    lastRevisedOn, withdrawnOn, outcome);
        }
    }
}
