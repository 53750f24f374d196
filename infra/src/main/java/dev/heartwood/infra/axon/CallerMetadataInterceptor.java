package dev.heartwood.infra.axon;

import dev.heartwood.infra.security.Caller;
import dev.heartwood.infra.web.CorrelationIdFilter;
import dev.heartwood.kernel.MetadataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
                return command.andMetaData(metadataOf(caller.get()));
            }
            if (command.getMetaData().containsKey(MetadataKeys.ACTOR_ID)) {
                return command;
            }
            throw new IllegalStateException("A command needs an authenticated caller or a causing message: "
                    + command.getCommandName());
        };
    }

    private static Map<String, Object> metadataOf(Caller caller) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(MetadataKeys.ACTOR_ID, caller.actorId().toString());
        metadata.put(MetadataKeys.ACTOR_ROLE, caller.role());
        caller.schoolId().ifPresent(school -> metadata.put(MetadataKeys.SCHOOL_ID, school.toString()));
        caller.trustId().ifPresent(trust -> metadata.put(MetadataKeys.TRUST_ID, trust.toString()));
        CorrelationIdFilter.current().ifPresent(correlationId -> {
            metadata.put(MetadataKeys.CORRELATION_ID, correlationId);
            metadata.put(MetadataKeys.CAUSATION_ID, correlationId);
        });
        return metadata;
    }
}
