package dev.heartwood.learning.training;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.learning.api.AmendTrainingRequirement;
import dev.heartwood.learning.api.DefineTrainingRequirement;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.TrainingRequirementAmended;
import dev.heartwood.learning.api.TrainingRequirementDefined;
import dev.heartwood.learning.api.TrainingRequirementWithdrawn;
import dev.heartwood.learning.api.WithdrawTrainingRequirement;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static dev.heartwood.learning.api.TrainingErrorCode.CHANGE_BEFORE_CURRENT_VERSION;
import static dev.heartwood.learning.api.TrainingErrorCode.REQUIREMENT_WITHDRAWN;
import static dev.heartwood.learning.api.TrainingErrorCode.SCHOOL_NOT_FOUND;
import static dev.heartwood.learning.api.TrainingErrorCode.TRUST_NOT_FOUND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A piece of training a school or trust requires. Its history is never rewritten: each amendment takes effect
 * after the version before it, so compliance on any earlier day is still judged by the terms in force then.
 */
@Aggregate(cache = "trainingRequirementCache")
class TrainingRequirement {

    @AggregateIdentifier
    private RequirementId requirementId;
    private SchoolId schoolId;
    private TrustId trustId;
    private RequirementTerms terms;
    private LocalDate currentFrom;
    private LocalDate withdrawnFrom;

    TrainingRequirement() {
        // for Axon, which rebuilds the requirement from its events
    }

    @CommandHandler
    TrainingRequirement(DefineTrainingRequirement command, TrainingFacts facts) {
        if (command.schoolId() != null && facts.school(command.schoolId()).isEmpty()) {
            throw new DomainRuleViolation(SCHOOL_NOT_FOUND, "No school " + command.schoolId() + " is registered");
        }
        if (command.trustId() != null && !facts.trustExists(command.trustId())) {
            throw new DomainRuleViolation(TRUST_NOT_FOUND, "No trust " + command.trustId() + " is registered");
        }
        WarningPeriod.check(command.terms());
        apply(new TrainingRequirementDefined(command.requirementId(), command.schoolId(), command.trustId(),
                command.terms(), command.effectiveFrom()));
    }

    @CommandHandler
    void handle(AmendTrainingRequirement command) {
        notWithdrawn();
        if (command.terms().equals(terms)) {
            return; // the same amendment again
        }
        changesFollowTheCurrentVersion(command.effectiveFrom(), true);
        WarningPeriod.check(command.terms());
        apply(new TrainingRequirementAmended(requirementId, schoolId, trustId, command.terms(),
                command.effectiveFrom()));
    }

    @CommandHandler
    void handle(WithdrawTrainingRequirement command) {
        if (command.withdrawnFrom().equals(withdrawnFrom)) {
            return;
        }
        notWithdrawn();
        changesFollowTheCurrentVersion(command.withdrawnFrom(), false);
        apply(new TrainingRequirementWithdrawn(requirementId, schoolId, trustId, command.withdrawnFrom()));
    }

    private void notWithdrawn() {
        if (withdrawnFrom != null) {
            throw new DomainRuleViolation(REQUIREMENT_WITHDRAWN,
                    "This requirement was withdrawn from " + withdrawnFrom);
        }
    }

    /** A new version must start after the current one; a withdrawal may end it on its first day. */
    private void changesFollowTheCurrentVersion(LocalDate from, boolean newVersion) {
        if (from.isBefore(currentFrom) || (newVersion && from.equals(currentFrom))) {
            throw new DomainRuleViolation(CHANGE_BEFORE_CURRENT_VERSION,
                    "The version in force from " + currentFrom + " cannot be rewritten; choose a later date");
        }
    }

    @EventSourcingHandler
    void on(TrainingRequirementDefined event) {
        requirementId = event.requirementId();
        schoolId = event.schoolId();
        trustId = event.trustId();
        terms = event.terms();
        currentFrom = event.effectiveFrom();
    }

    @EventSourcingHandler
    void on(TrainingRequirementAmended event) {
        terms = event.terms();
        currentFrom = event.effectiveFrom();
    }

    @EventSourcingHandler
    void on(TrainingRequirementWithdrawn event) {
        withdrawnFrom = event.withdrawnFrom();
    }
}
