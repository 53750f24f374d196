package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.StartAppraisal;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_ALREADY_STARTED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_ALREADY_SET;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One person's appraisal for one academic year. */
@Aggregate(cache = "appraisalCache")
class Appraisal {

    @AggregateIdentifier
    private AppraisalId appraisalId;
    private SchoolId schoolId;
    private StaffId appraiseeId;
    private final Map<ObjectiveId, ObjectiveTerms> objectives = new HashMap<>();

    Appraisal() {
        // for Axon, which rebuilds the appraisal from its events
    }

    @CommandHandler
    Appraisal(StartAppraisal command, Directory directory, AppraisalRegister register, Clock clock) {
        SchoolId school = new AppraiserAssignment(command.appraiseeId(), command.appraiserId()).school(directory);
        if (register.hasAppraisal(command.appraiseeId(), command.academicYear())) {
            throw new DomainRuleViolation(APPRAISAL_ALREADY_STARTED,
                    "This person already has an appraisal for " + command.academicYear());
        }
        apply(new AppraisalStarted(command.appraisalId(), school, command.appraiseeId(), command.appraiserId(),
                command.academicYear(), SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(SetObjective command, Clock clock) {
        ObjectiveTerms terms = new ObjectiveTerms(command.title(), command.successCriteria());
        ObjectiveTerms existing = objectives.get(command.objectiveId());
        if (terms.equals(existing)) {
            return; // the same request again: it is already recorded
        }
        if (existing != null) {
            throw new DomainRuleViolation(OBJECTIVE_ALREADY_SET,
                    "Objective " + command.objectiveId() + " is already set; a change is a revision");
        }
        apply(new ObjectiveSet(appraisalId, schoolId, appraiseeId, command.objectiveId(), command.title(),
                command.successCriteria(), SchoolTime.today(clock)));
    }

    @EventSourcingHandler
    void on(AppraisalStarted event) {
        appraisalId = event.appraisalId();
        schoolId = event.schoolId();
        appraiseeId = event.appraiseeId();
    }

    @EventSourcingHandler
    void on(ObjectiveSet event) {
        objectives.put(event.objectiveId(), new ObjectiveTerms(event.title(), event.successCriteria()));
    }

    private record ObjectiveTerms(PersonalText title, PersonalText successCriteria) {
    }
}
