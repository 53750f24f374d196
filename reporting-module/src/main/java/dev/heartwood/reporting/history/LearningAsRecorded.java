package dev.heartwood.reporting.history;

import dev.heartwood.kernel.PersonalText;
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
import dev.heartwood.reporting.api.CpdActivityView;
import dev.heartwood.reporting.api.CpdActivityView.Evaluation;
import dev.heartwood.reporting.api.CpdActivityView.Link;
import dev.heartwood.reporting.api.CpdActivityView.LinkChange;
import dev.heartwood.reporting.api.CpdActivityView.LinkKind;
import dev.heartwood.reporting.api.CpdActivityView.Reflection;
import org.axonframework.eventhandling.EventMessage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Folds a piece of learning's events, oldest first, into the learning with every step taken on it: what was asked
 * for (or logged), the decision, the completion, the reflections and evaluations, and each link made and taken back
 * with its day. No clock, no database: the words that name what it is linked to come from the caller.
 */
final class LearningAsRecorded {

    private UUID activityId;
    private UUID staffId;
    private UUID schoolId;
    private String title;
    private String type;
    private String provider;
    private String status;
    private boolean logged;
    private LocalDate requestedOn;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private BigDecimal expectedHours;
    private BigDecimal expectedCost;
    private BigDecimal coverDays;
    private String intendedImpact;
    private LocalDate decidedOn;
    private String declineReason;
    private LocalDate completedOn;
    private BigDecimal completedHours;
    private BigDecimal completedCost;
    private String certificateReference;
    private final List<Reflection> reflections = new ArrayList<>();
    private final List<Evaluation> evaluations = new ArrayList<>();
    /** The links in force, by target, in the order they were made. */
    private final Map<UUID, Link> links = new LinkedHashMap<>();
    private final List<LinkChange> linkHistory = new ArrayList<>();

    private LearningAsRecorded() {
    }

    /** Empty when nothing about a piece of learning was ever recorded under these events' identifier. */
    static Optional<LearningAsRecorded> of(List<? extends EventMessage<?>> history) {
        LearningAsRecorded learning = new LearningAsRecorded();
        history.forEach(event -> learning.apply(event.getPayload()));
        return learning.activityId == null ? Optional.empty() : Optional.of(learning);
    }

    UUID staffId() {
        return staffId;
    }

    /** Everything of one kind it has ever been linked to, links taken back included, for the words that name them. */
    Set<UUID> everLinked(LinkKind kind) {
        return linkHistory.stream().filter(change -> change.kind() == kind).map(LinkChange::targetId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The learning as a page shows it.
     *
     * @param labels         the words for what it is linked to, by identifier; an identifier without any shows none
     * @param lastEventIndex where its last event stands in the whole stream
     */
    CpdActivityView view(Function<UUID, String> labels, long lastEventIndex) {
        return new CpdActivityView(activityId, staffId, schoolId, title, type, provider, status, logged, requestedOn,
                startsOn, endsOn, expectedHours, expectedCost, coverDays, intendedImpact, decidedOn, declineReason,
                completedOn, completedHours, completedCost, certificateReference, List.copyOf(reflections),
                List.copyOf(evaluations),
                links.values().stream().map(link -> new Link(link.kind(), link.targetId(),
                        labels.apply(link.targetId()), link.linkedOn())).toList(),
                linkHistory.stream().map(change -> new LinkChange(change.on(), change.kind(), change.targetId(),
                        labels.apply(change.targetId()), change.linked())).toList(),
                lastEventIndex);
    }

    private void apply(Object event) {
        if (event instanceof CpdActivityRequested requested) {
            requested(requested);
        } else if (event instanceof CompletedCpdLogged logged) {
            logged(logged);
        } else if (event instanceof CpdActivityApproved approved) {
            status = "APPROVED";
            decidedOn = approved.approvedOn();
        } else if (event instanceof CpdActivityDeclined declined) {
            status = "DECLINED";
            decidedOn = declined.declinedOn();
            declineReason = declined.reason().text();
        } else if (event instanceof CPDCompleted completed) {
            completed(completed.completedOn(), completed.hours(), completed.cost(), completed.certificateReference());
        } else if (event instanceof CpdReflectionRecorded reflection) {
            reflections.add(new Reflection(reflection.reflection().text(), reflection.reflectedOn()));
        } else if (event instanceof CpdImpactEvaluated evaluated) {
            evaluations.add(new Evaluation(evaluated.evaluationId(), evaluated.level(), evaluated.judgement(),
                    evaluated.note().text(), evaluated.evaluatedOn()));
        } else if (event instanceof CpdLinkedToObjective linked) {
            link(LinkKind.OBJECTIVE, linked.objectiveId().value(), linked.linkedOn());
        } else if (event instanceof CpdUnlinkedFromObjective unlinked) {
            unlink(LinkKind.OBJECTIVE, unlinked.objectiveId().value(), unlinked.unlinkedOn());
        } else if (event instanceof CpdLinkedToDevelopmentNeed linked) {
            link(LinkKind.DEVELOPMENT_NEED, linked.needId().value(), linked.linkedOn());
        } else if (event instanceof CpdUnlinkedFromDevelopmentNeed unlinked) {
            unlink(LinkKind.DEVELOPMENT_NEED, unlinked.needId().value(), unlinked.unlinkedOn());
        } else if (event instanceof CpdLinkedToSchoolPriority linked) {
            link(LinkKind.PRIORITY, linked.priorityId().value(), linked.linkedOn());
        } else if (event instanceof CpdUnlinkedFromSchoolPriority unlinked) {
            unlink(LinkKind.PRIORITY, unlinked.priorityId().value(), unlinked.unlinkedOn());
        }
    }

    private void requested(CpdActivityRequested event) {
        CpdProposal proposal = event.proposal();
        begin(event.activityId().value(), event.staffId().value(), event.schoolId().value(), event.requestedOn());
        status = "REQUESTED";
        title = proposal.title().text();
        type = proposal.type().name();
        provider = text(proposal.provider());
        startsOn = proposal.startsOn();
        endsOn = proposal.endsOn();
        expectedHours = proposal.expectedHours();
        expectedCost = proposal.cost();
        coverDays = proposal.coverDays();
        intendedImpact = proposal.intendedImpact().text();
        linkedAtTheStart(event.links(), event.requestedOn());
    }

    private void logged(CompletedCpdLogged event) {
        CompletedLearning learning = event.learning();
        begin(event.activityId().value(), event.staffId().value(), event.schoolId().value(), event.loggedOn());
        logged = true;
        title = learning.title().text();
        type = learning.type().name();
        provider = text(learning.provider());
        startsOn = learning.startedOn();
        endsOn = learning.completedOn();
        completed(learning.completedOn(), learning.hours(), learning.cost(), learning.certificateReference());
        linkedAtTheStart(event.links(), event.loggedOn());
    }

    private void begin(UUID activity, UUID staff, UUID school, LocalDate on) {
        activityId = activity;
        staffId = staff;
        schoolId = school;
        requestedOn = on;
    }

    private void completed(LocalDate on, BigDecimal hours, BigDecimal cost, String certificate) {
        status = "COMPLETED";
        completedOn = on;
        completedHours = hours;
        completedCost = cost;
        certificateReference = certificate;
    }

    private void linkedAtTheStart(CpdLinks asked, LocalDate on) {
        asked.objectives().forEach(objective -> link(LinkKind.OBJECTIVE, objective.value(), on));
        asked.developmentNeeds().forEach(need -> link(LinkKind.DEVELOPMENT_NEED, need.value(), on));
        asked.priorities().forEach(priority -> link(LinkKind.PRIORITY, priority.value(), on));
    }

    private void link(LinkKind kind, UUID target, LocalDate on) {
        links.put(target, new Link(kind, target, null, on));
        linkHistory.add(new LinkChange(on, kind, target, null, true));
    }

    private void unlink(LinkKind kind, UUID target, LocalDate on) {
        links.remove(target);
        linkHistory.add(new LinkChange(on, kind, target, null, false));
    }

    private static String text(PersonalText text) {
        return text == null ? null : text.text();
    }
}
