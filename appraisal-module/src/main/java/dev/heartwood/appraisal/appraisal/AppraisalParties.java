package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.AppraiserChanged;
import dev.heartwood.appraisal.api.ChangeAppraiser;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.appraisal.directory.StaffFacts;
import dev.heartwood.kernel.ActorRole;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.NOT_THAT_PARTY;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The two parties to an appraisal: the appraisee, and the appraiser, who may change during the year (when a line
 * manager leaves, say). Each agrees, disagrees and signs off for their own side.
 */
class AppraisalParties {

    /** The roles in which the appraisee and the appraiser act on their own appraisal. */
    private static final Set<ActorRole> ACT_AS_A_PARTY = EnumSet.of(ActorRole.STAFF, ActorRole.APPRAISER);

    private final AppraisalStage stage;
    private SchoolId schoolId;
    private StaffId appraiseeId;
    private StaffId appraiserId;

    AppraisalParties(AppraisalStage stage) {
        this.stage = stage;
    }

    @CommandHandler
    void handle(ChangeAppraiser command, Directory directory, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        if (command.appraiserId().equals(appraiserId)) {
            return;
        }
        LocalDate on = register.stepDaysOf(command.appraisalId()).dayOf(command.on(), clock);
        StaffFacts appraisee = directory.staffMember(appraiseeId).orElseThrow(() ->
                new DomainRuleViolation(STAFF_MEMBER_NOT_FOUND, "The appraisee is not in the directory"));
        new AppraiserChoice(appraisee, command.appraiserId()).check(directory);
        apply(new AppraiserChanged(command.appraisalId(), schoolId, command.appraiserId(), on));
    }

    StaffId appraiseeId() {
        return appraiseeId;
    }

    /**
     * An appraisee or appraiser acting in that role speaks only for their own side. An administrator correcting the
     * record may speak for either. Only an appraisal under way has parties to speak for: an exemption names no
     * appraiser.
     */
    void aPartySpeaksOnlyForThemselves(AppraisalParty party, String actorId, String actorRole) {
        stage.changesNeedTheAppraisalUnderWay();
        if (ActorRole.named(actorRole).filter(ACT_AS_A_PARTY::contains).isEmpty()) {
            return;
        }
        StaffId them = party == AppraisalParty.APPRAISEE ? appraiseeId : appraiserId;
        if (!them.value().toString().equals(actorId)) {
            throw new DomainRuleViolation(NOT_THAT_PARTY, "Only the " + party.name().toLowerCase()
                    + " speaks for the " + party.name().toLowerCase());
        }
    }

    @EventSourcingHandler
    void on(AppraisalStarted event) {
        schoolId = event.schoolId();
        appraiseeId = event.appraiseeId();
        appraiserId = event.appraiserId();
    }

    @EventSourcingHandler
    void on(AppraiserChanged event) {
        appraiserId = event.appraiserId();
    }
}
