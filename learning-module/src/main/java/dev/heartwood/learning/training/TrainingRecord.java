package dev.heartwood.learning.training;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrainingRecordId;
import dev.heartwood.learning.api.ExemptFromTraining;
import dev.heartwood.learning.api.ExemptedFromTraining;
import dev.heartwood.learning.api.ExemptionPeriod;
import dev.heartwood.learning.api.RecordTrainingCompletion;
import dev.heartwood.learning.api.TrainingCompleted;
import dev.heartwood.learning.training.TrainingFacts.SchoolOnRecord;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import static dev.heartwood.learning.api.TrainingErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.learning.api.TrainingErrorCode.EXEMPTION_ENDS_BEFORE_IT_STARTS;
import static dev.heartwood.learning.api.TrainingErrorCode.REQUIREMENT_NOT_FOUND;
import static dev.heartwood.learning.api.TrainingErrorCode.STAFF_MEMBER_NOT_FOUND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One person's completions of required training and their exemptions. It comes into being with the first of
 * them; the same completion or exemption sent again records nothing.
 */
@Aggregate(cache = "trainingRecordCache")
class TrainingRecord {

    @AggregateIdentifier
    private TrainingRecordId recordId;
    private final Set<TrainingCompleted> completions = new HashSet<>();
    private final Set<ExemptedFromTraining> exemptions = new HashSet<>();

    TrainingRecord() {
        // for Axon, which rebuilds the record from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordTrainingCompletion command, TrainingFacts facts, Clock clock) {
        SchoolId schoolId = schoolWhoseRequirementItIs(command.staffId(), command.requirementId(), facts);
        if (command.completedOn().isAfter(SchoolTime.today(clock))) {
            throw new DomainRuleViolation(DATE_IN_THE_FUTURE, "Training cannot be completed on a day still to come");
        }
        TrainingCompleted completed = new TrainingCompleted(command.recordId(), command.staffId(), schoolId,
                command.requirementId(), command.completedOn(), command.provider(), command.certificateReference());
        if (!completions.contains(completed)) {
            apply(completed);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ExemptFromTraining command, TrainingFacts facts) {
        SchoolId schoolId = schoolWhoseRequirementItIs(command.staffId(), command.requirementId(), facts);
        if (command.until().isBefore(command.from())) {
            throw new DomainRuleViolation(EXEMPTION_ENDS_BEFORE_IT_STARTS,
                    "An exemption cannot end before " + command.from());
        }
        ExemptedFromTraining exempted = new ExemptedFromTraining(command.recordId(), command.staffId(), schoolId,
                command.requirementId(), command.reason(), new ExemptionPeriod(command.from(), command.until()));
        if (!exemptions.contains(exempted)) {
            apply(exempted);
        }
    }

    /** The person must be known, and the requirement must be their school's or their trust's. */
    private static SchoolId schoolWhoseRequirementItIs(StaffId staffId, RequirementId requirementId,
                                                       TrainingFacts facts) {
        SchoolOnRecord school = facts.schoolOf(staffId).orElseThrow(() ->
                new DomainRuleViolation(STAFF_MEMBER_NOT_FOUND, "No staff member " + staffId + " is registered"));
        // another school's requirement is answered as an unknown one: an answer never says it exists elsewhere
        facts.requirement(requirementId).filter(requirement -> requirement.isFor(school)).orElseThrow(() ->
                new DomainRuleViolation(REQUIREMENT_NOT_FOUND, "No requirement " + requirementId + " is defined"));
        return school.schoolId();
    }

    @EventSourcingHandler
    void on(TrainingCompleted event) {
        recordId = event.recordId();
        completions.add(event);
    }

    @EventSourcingHandler
    void on(ExemptedFromTraining event) {
        recordId = event.recordId();
        exemptions.add(event);
    }
}
