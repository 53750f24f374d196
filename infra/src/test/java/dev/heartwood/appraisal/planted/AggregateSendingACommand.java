package dev.heartwood.appraisal.planted;

import dev.heartwood.appraisal.api.TerminateAppraisal;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** A planted violation: beside the aggregates, a class sending commands, which is an application service's work. */
public class AggregateSendingACommand {

    private final CommandGateway commands;

    public AggregateSendingACommand(CommandGateway commands) {
        this.commands = commands;
    }

    public void end(TerminateAppraisal command) {
        commands.sendAndWait(command);
    }
}
