package dev.heartwood.learning.cpd;

import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CompletedCpdLogged;
import dev.heartwood.learning.api.CpdActivityDeclined;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.CpdLinkedToDevelopmentNeed;
import dev.heartwood.learning.api.CpdLinkedToObjective;
import dev.heartwood.learning.api.CpdLinkedToSchoolPriority;
import dev.heartwood.learning.api.CpdLinks;
import dev.heartwood.learning.api.CpdUnlinkedFromDevelopmentNeed;
import dev.heartwood.learning.api.CpdUnlinkedFromObjective;
import dev.heartwood.learning.api.CpdUnlinkedFromSchoolPriority;
import dev.heartwood.learning.api.LinkCpdToDevelopmentNeed;
import dev.heartwood.learning.api.LinkCpdToObjective;
import dev.heartwood.learning.api.LinkCpdToSchoolPriority;
import dev.heartwood.learning.api.UnlinkCpdFromDevelopmentNeed;
import dev.heartwood.learning.api.UnlinkCpdFromObjective;
import dev.heartwood.learning.api.UnlinkCpdFromSchoolPriority;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import static dev.heartwood.learning.api.CpdErrorCode.CPD_ACTIVITY_DECLINED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What a piece of learning serves, link by link, at any stage but a refusal: learning often turns out to serve an
 * objective set after it was requested. Asking for a link that is already there, or to remove one that is not,
 * records nothing.
 */
class CpdActivityLinks {

    private StaffId staffId;
    private SchoolId schoolId;
    private boolean declined;
    private final Set<ObjectiveId> objectives = new HashSet<>();
    private final Set<DevelopmentNeedId> developmentNeeds = new HashSet<>();
    private final Set<PriorityId> priorities = new HashSet<>();

    @CommandHandler
    void handle(LinkCpdToObjective command, SchoolRecords records, Clock clock) {
        notDeclined();
        if (!objectives.contains(command.objectiveId())) {
            LinkRules.linkNeedsTheAppraiseesOwnObjective(command.objectiveId(), staffId, records);
            apply(new CpdLinkedToObjective(command.activityId(), staffId, schoolId, command.objectiveId(),
                    SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(UnlinkCpdFromObjective command, Clock clock) {
        notDeclined();
        if (objectives.contains(command.objectiveId())) {
            apply(new CpdUnlinkedFromObjective(command.activityId(), staffId, schoolId, command.objectiveId(),
                    SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(LinkCpdToDevelopmentNeed command, SchoolRecords records, Clock clock) {
        notDeclined();
        if (!developmentNeeds.contains(command.needId())) {
            LinkRules.linkNeedsThePersonsOwnDevelopmentNeed(command.needId(), staffId, records);
            apply(new CpdLinkedToDevelopmentNeed(command.activityId(), staffId, schoolId, command.needId(),
                    SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(UnlinkCpdFromDevelopmentNeed command, Clock clock) {
        notDeclined();
        if (developmentNeeds.contains(command.needId())) {
            apply(new CpdUnlinkedFromDevelopmentNeed(command.activityId(), staffId, schoolId, command.needId(),
                    SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(LinkCpdToSchoolPriority command, SchoolRecords records, Clock clock) {
        notDeclined();
        if (!priorities.contains(command.priorityId())) {
            LinkRules.linkNeedsThePersonsOwnSchoolsPriority(command.priorityId(), schoolId, records);
            apply(new CpdLinkedToSchoolPriority(command.activityId(), staffId, schoolId, command.priorityId(),
                    SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(UnlinkCpdFromSchoolPriority command, Clock clock) {
        notDeclined();
        if (priorities.contains(command.priorityId())) {
            apply(new CpdUnlinkedFromSchoolPriority(command.activityId(), staffId, schoolId, command.priorityId(),
                    SchoolTime.today(clock)));
        }
    }

    private void notDeclined() {
        if (declined) {
            throw new DomainRuleViolation(CPD_ACTIVITY_DECLINED, "This learning was declined");
        }
    }

    @EventSourcingHandler
    void on(CpdActivityRequested event) {
        startWith(event.staffId(), event.schoolId(), event.links());
    }

    @EventSourcingHandler
    void on(CompletedCpdLogged event) {
        startWith(event.staffId(), event.schoolId(), event.links());
    }

    private void startWith(StaffId staffId, SchoolId schoolId, CpdLinks links) {
        this.staffId = staffId;
        this.schoolId = schoolId;
        objectives.addAll(links.objectives());
        developmentNeeds.addAll(links.developmentNeeds());
        priorities.addAll(links.priorities());
    }

    @EventSourcingHandler
    void on(CpdActivityDeclined event) {
        declined = true;
    }

    @EventSourcingHandler
    void on(CpdLinkedToObjective event) {
        objectives.add(event.objectiveId());
    }

    @EventSourcingHandler
    void on(CpdUnlinkedFromObjective event) {
        objectives.remove(event.objectiveId());
    }

    @EventSourcingHandler
    void on(CpdLinkedToDevelopmentNeed event) {
        developmentNeeds.add(event.needId());
    }

    @EventSourcingHandler
    void on(CpdUnlinkedFromDevelopmentNeed event) {
        developmentNeeds.remove(event.needId());
    }

    @EventSourcingHandler
    void on(CpdLinkedToSchoolPriority event) {
        priorities.add(event.priorityId());
    }

    @EventSourcingHandler
    void on(CpdUnlinkedFromSchoolPriority event) {
        priorities.remove(event.priorityId());
    }
}
