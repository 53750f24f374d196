package dev.heartwood.appraisal.application;

import dev.heartwood.appraisal.api.AccessGranted;
import dev.heartwood.appraisal.api.AccessRevoked;
import dev.heartwood.appraisal.api.LineManagerAssigned;
import dev.heartwood.appraisal.api.SignInIdentityLinked;
import dev.heartwood.appraisal.api.SignInIdentityUnlinked;
import dev.heartwood.appraisal.api.StaffCategoryChanged;
import dev.heartwood.appraisal.api.StaffDetailsChanged;
import dev.heartwood.appraisal.api.StaffFteChanged;
import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.StaffRoleAssigned;
import dev.heartwood.appraisal.api.StaffRoleRemoved;
import dev.heartwood.appraisal.api.TerminateAppraisal;
import dev.heartwood.appraisal.appraisal.AppraisalRegister;
import dev.heartwood.kernel.IgnoresEvents;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * When a person leaves, their appraisal under way ends early. Sending the command again is harmless (an ended
 * appraisal ignores it), but a replay must not send old commands again.
 */
@Component
@ProcessingGroup("appraisal-policies")
@IgnoresEvents({
        // only leaving ends an appraisal
        AccessGranted.class, AccessRevoked.class, LineManagerAssigned.class, SignInIdentityLinked.class,
        SignInIdentityUnlinked.class, StaffCategoryChanged.class, StaffDetailsChanged.class, StaffFteChanged.class,
        StaffMemberRegistered.class, StaffRoleAssigned.class, StaffRoleRemoved.class
})
class LeaversAppraisalsEnd {

    private final AppraisalRegister register;
    private final CommandGateway commands;

    LeaversAppraisalsEnd(AppraisalRegister register, CommandGateway commands) {
        this.register = register;
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(StaffMemberLeft event) {
        register.openAppraisalsOf(event.staffId())
                .forEach(appraisal -> commands.sendAndWait(new TerminateAppraisal(appraisal, event.leftOn())));
    }
}
