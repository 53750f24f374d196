package dev.heartwood.learning.cpd;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CPDCompleted;
import dev.heartwood.learning.api.CompletedCpdLogged;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.CpdImpactEvaluated;
import dev.heartwood.learning.api.CpdReflectionRecorded;
import dev.heartwood.learning.api.EvaluateCpdImpact;
import dev.heartwood.learning.api.ReflectOnCpdActivity;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static dev.heartwood.learning.api.CpdErrorCode.EVALUATION_NEEDS_COMPLETION;
import static dev.heartwood.learning.api.CpdErrorCode.REFLECTION_NEEDS_COMPLETION;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What follows completed learning: the person's reflections and the evaluations of its impact, which often come
 * a term apart. Learning that was declined, or is not yet over, has neither.
 */
class CpdFollowUp {

    private StaffId staffId;
    private SchoolId schoolId;
    private boolean completed;
    private PersonalText lastReflection;
    private final Set<UUID> evaluations = new HashSet<>();

    @CommandHandler
    void handle(ReflectOnCpdActivity command, Clock clock) {
        if (!completed) {
            throw new DomainRuleViolation(REFLECTION_NEEDS_COMPLETION, "Reflection follows the completed learning");
        }
        if (!command.reflection().equals(lastReflection)) {
            apply(new CpdReflectionRecorded(command.activityId(), staffId, schoolId, command.reflection(),
                    SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(EvaluateCpdImpact command, Clock clock) {
        if (!completed) {
            throw new DomainRuleViolation(EVALUATION_NEEDS_COMPLETION, "Impact is evaluated after the learning");
        }
        if (!evaluations.contains(command.evaluationId())) {
            apply(new CpdImpactEvaluated(command.activityId(), staffId, schoolId, command.evaluationId(),
                    command.level(), command.judgement(), command.note(), SchoolTime.today(clock)));
        }
    }

    @EventSourcingHandler
    void on(CpdActivityRequested event) {
        staffId = event.staffId();
        schoolId = event.schoolId();
    }

    @EventSourcingHandler
    void on(CompletedCpdLogged event) {
        staffId = event.staffId();
        schoolId = event.schoolId();
        completed = true;
    }

    @EventSourcingHandler
    void on(CPDCompleted event) {
        completed = true;
    }

    @EventSourcingHandler
    void on(CpdReflectionRecorded event) {
        lastReflection = event.reflection();
    }

    @EventSourcingHandler
    void on(CpdImpactEvaluated event) {
        evaluations.add(event.evaluationId());
    }
}
