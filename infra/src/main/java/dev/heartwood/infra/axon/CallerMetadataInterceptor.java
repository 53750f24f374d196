package dev.heartwood.infra.axon;

import dev.heartwood.infra.security.Caller;
import dev.heartwood.kernel.MetadataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Stamps every command sent on behalf of an HTTP caller with who the caller is and which request it belongs to.
 * The values come from the authenticated principal and the request, so nothing in a request body can set them.
 * A command sent while handling another message inherits that message's metadata instead; a command with
 * neither is a programming error and is refused.
 */
@Component
class CallerMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Optional<Caller> caller = Caller.current();
            if (caller.isPresent()) {
                return command.andMetaData(caller.get().metadata());
            }
            if (command.getMetaData().containsKey(MetadataKeys.ACTOR_ID)) {
                return command;
            }
            throw new IllegalStateException("A command needs an authenticated caller or a causing message: "
                    + command.getCommandName());
        };
    }
}
