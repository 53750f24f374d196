package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.ObjectiveOutcome;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ObjectiveId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_WITHDRAWN;

/** An appraisal's objectives in the order they were set, withdrawn ones included, with the days they changed. */
class Objectives {

    /**
     * @param changedOn the day the objective was set, or last revised
     * @param outcomeOn the day its outcome was recorded, none until then
     */
    private record Objective(ObjectiveTerms terms, boolean withdrawn, LocalDate changedOn, ObjectiveOutcome outcome,
                             LocalDate outcomeOn) {
    }

    private final Map<ObjectiveId, Objective> all = new LinkedHashMap<>();

    Optional<ObjectiveTerms> termsOf(ObjectiveId objectiveId) {
        return Optional.ofNullable(all.get(objectiveId)).map(Objective::terms);
    }

    /** Refuses an objective that was never set or has been withdrawn. */
    void requireActive(ObjectiveId objectiveId) {
        Objective objective = all.get(objectiveId);
        if (objective == null) {
            throw new DomainRuleViolation(OBJECTIVE_NOT_FOUND, "This appraisal has no objective " + objectiveId);
        }
        if (objective.withdrawn()) {
            throw new DomainRuleViolation(OBJECTIVE_WITHDRAWN, "Objective " + objectiveId + " was withdrawn");
        }
    }

    List<ObjectiveId> active() {
        return all.entrySet().stream()
                .filter(entry -> !entry.getValue().withdrawn())
                .map(Map.Entry::getKey)
                .toList();
    }

    boolean allActiveHaveOutcomes() {
        return all.values().stream().allMatch(objective -> objective.withdrawn() || objective.outcome() != null);
    }

    /** The day an objective that exists was set or last revised. */
    LocalDate changedOn(ObjectiveId objectiveId) {
        return all.get(objectiveId).changedOn();
    }

    /** The day the objectives in force took their present terms; none while there are none. */
    LocalDate lastChangedOn() {
        return latest(Objective::changedOn);
    }

    /** The day the latest outcome of an objective in force was recorded; none while there are none. */
    LocalDate lastOutcomeOn() {
        return latest(Objective::outcomeOn);
    }

    private LocalDate latest(Function<Objective, LocalDate> day) {
        return all.values().stream().filter(objective -> !objective.withdrawn()).map(day).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    void set(ObjectiveId objectiveId, ObjectiveTerms terms, LocalDate on) {
        all.put(objectiveId, new Objective(terms, false, on, null, null));
    }

    void revise(ObjectiveId objectiveId, ObjectiveTerms terms, LocalDate on) {
        all.computeIfPresent(objectiveId, (id, objective) ->
                new Objective(terms, false, on, objective.outcome(), objective.outcomeOn()));
    }

    void withdraw(ObjectiveId objectiveId) {
        all.computeIfPresent(objectiveId, (id, objective) ->
                new Objective(objective.terms(), true, objective.changedOn(), null, null));
    }

    void recordOutcome(ObjectiveId objectiveId, ObjectiveOutcome outcome, LocalDate on) {
        all.computeIfPresent(objectiveId, (id, objective) ->
                new Objective(objective.terms(), false, objective.changedOn(), outcome, on));
    }
}
