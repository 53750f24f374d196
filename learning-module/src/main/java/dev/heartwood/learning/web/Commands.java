package dev.heartwood.learning.web;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ErrorCode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Sends the web layer's commands and names an unknown target in the module's own terms. */
@Component("learningCommands")
class Commands {

    private final CommandGateway gateway;

    Commands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * A command that creates something (or is checked by its handler against the lookups), answered with what its
     * handler returns.
     */
    <R> R send(Object command) {
        return gateway.sendAndWait(command);
    }

    /** A change to something that must already exist, answered with 204. */
    ResponseEntity<Void> change(Object target, ErrorCode notFound, Object command) {
        try {
            gateway.sendAndWait(command);
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            // the second: the identifier belongs to something else
            throw new DomainRuleViolation(notFound, "Nothing with identifier " + target + " is known here");
        }
        return ResponseEntity.noContent().build();
    }
}
