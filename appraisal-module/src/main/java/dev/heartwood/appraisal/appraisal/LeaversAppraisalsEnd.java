package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.TerminateAppraisal;
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
