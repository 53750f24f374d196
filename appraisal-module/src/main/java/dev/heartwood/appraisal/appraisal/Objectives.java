package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.ObjectiveOutcome;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ObjectiveId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_WITHDRAWN;

/** An appraisal's objectives in the order they were set, withdrawn ones included. */
class Objectives {

    private record Objective(ObjectiveTerms terms, boolean withdrawn, ObjectiveOutcome outcome) {
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

    void set(ObjectiveId objectiveId, ObjectiveTerms terms) {
        all.put(objectiveId, new Objective(terms, false, null));
    }

    void revise(ObjectiveId objectiveId, ObjectiveTerms terms) {
        all.computeIfPresent(objectiveId, (id, objective) -> new Objective(terms, false, objective.outcome()));
    }

    void withdraw(ObjectiveId objectiveId) {
        all.computeIfPresent(objectiveId, (id, objective) -> new Objective(objective.terms(), true, null));
    }

    void recordOutcome(ObjectiveId objectiveId, ObjectiveOutcome outcome) {
        all.computeIfPresent(objectiveId, (id, objective) -> new Objective(objective.terms(), false, outcome));
    }
}
