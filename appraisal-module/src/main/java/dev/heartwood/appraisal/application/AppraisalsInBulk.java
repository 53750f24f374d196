package dev.heartwood.appraisal.application;

import dev.heartwood.appraisal.api.BulkAppraisals;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.StartAppraisal;
import dev.heartwood.appraisal.appraisal.AppraisalEligibility;
import dev.heartwood.appraisal.appraisal.AppraisalRegister;
import dev.heartwood.appraisal.cycle.CycleFacts;
import dev.heartwood.appraisal.cycle.Cycles;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.appraisal.directory.StaffFacts;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.CYCLE_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.NO_LINE_MANAGER;

/** The bulk work of {@link BulkAppraisals}, person by person, as the aggregates decide for each. */
@Component
class AppraisalsInBulk implements BulkAppraisals {

    private final CommandGateway commands;
    private final Directory directory;
    private final Cycles cycles;
    private final AppraisalRegister register;
    private final Clock clock;

    AppraisalsInBulk(CommandGateway commands, Directory directory, Cycles cycles, AppraisalRegister register,
                     Clock clock) {
        this.commands = commands;
        this.directory = directory;
        this.cycles = cycles;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public OpeningReport openAppraisals(CycleId cycleId, UUID batchId) {
        CycleFacts cycle = cycle(cycleId);
        List<Opened> opened = new ArrayList<>();
        List<Refusal> ineligible = new ArrayList<>();
        for (StaffFacts person : directory.staffOf(cycle.schoolId())) {
            if (person.hasLeft()) {
                continue;
            }
            UUID staffId = person.staffId().value();
            try {
                AppraisalEligibility.appraisedIn(cycle, person.staffId(), directory, register);
                if (person.lineManagerId() == null) {
                    throw new DomainRuleViolation(NO_LINE_MANAGER, "No line manager is recorded to appraise them");
                }
                AppraisalId appraisalId = new AppraisalId(derived("appraisal", cycleId.value(), staffId));
                send(new StartAppraisal(appraisalId, cycleId, person.staffId(), person.lineManagerId()), batchId);
                opened.add(new Opened(staffId, appraisalId.value()));
            } catch (DomainRuleViolation refused) {
                ineligible.add(refusal(staffId, refused));
            }
        }
        return new OpeningReport(opened, ineligible);
    }

    @Override
    public ObjectiveReport setObjective(CycleId cycleId, UUID batchId, Group group, PersonalText title,
                                        PersonalText successCriteria, List<String> standards,
                                        List<PriorityId> priorities, LocalDate on) {
        CycleFacts cycle = cycle(cycleId);
        List<ObjectiveSetFor> set = new ArrayList<>();
        List<Refusal> skipped = new ArrayList<>();
        for (StaffId person : peopleOf(cycle, group)) {
            try {
                AppraisalId appraisalId = register.appraisalOf(person, cycleId).orElseThrow(() ->
                        new DomainRuleViolation(APPRAISAL_NOT_FOUND, "They have no appraisal in this cycle"));
                ObjectiveId objectiveId = new ObjectiveId(derived("objective", batchId, person.value()));
                send(new SetObjective(appraisalId, objectiveId, title, successCriteria, standards, priorities, on),
                        batchId);
                set.add(new ObjectiveSetFor(person.value(), appraisalId.value(), objectiveId.value()));
            } catch (DomainRuleViolation refused) {
                skipped.add(refusal(person.value(), refused));
            }
        }
        return new ObjectiveReport(set, skipped);
    }

    /** The people of the group as the cycle and the directory stand now. */
    private List<StaffId> peopleOf(CycleFacts cycle, Group group) {
        if (group instanceof Group.Named named) {
            return named.staff();
        }
        if (group instanceof Group.InCategory inCategory) {
            LocalDate today = SchoolTime.today(clock);
            return directory.staffOf(cycle.schoolId()).stream()
                    .filter(person -> person.category() == inCategory.category())
                    .filter(person -> !person.hasLeft() || !person.leftOn().isBefore(today))
                    .map(StaffFacts::staffId)
                    .toList();
        }
        // what is left is everyone whose appraisal is under way, or one appraiser's appraisees among them
        return register.appraiseesUnderWay(cycle.cycleId(), group instanceof Group.AppraiseesOf appraisees
                ? Optional.of(appraisees.appraiserId()) : Optional.empty());
    }

    private CycleFacts cycle(CycleId cycleId) {
        return cycles.cycle(cycleId).orElseThrow(() ->
                new DomainRuleViolation(CYCLE_NOT_FOUND, "No appraisal cycle " + cycleId + " is open"));
    }

    private void send(Object command, UUID batchId) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(MetadataKeys.BATCH_ID, batchId.toString())));
    }

    private static Refusal refusal(UUID staffId, DomainRuleViolation refused) {
        return new Refusal(staffId, refused.getErrorCode().code(), refused.getMessage());
    }

    private static UUID derived(String kind, UUID scope, UUID staffId) {
        return UUID.nameUUIDFromBytes(("heartwood-" + kind + ":" + scope + ":" + staffId)
                .getBytes(StandardCharsets.UTF_8));
    }
}
