package dev.heartwood.infra.axon;

import dev.heartwood.reporting.api.rebuild.RebuildTransactions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.lang.reflect.Member;

/**
 * Runs each projection's event handler inside a savepoint of the processor's transaction. PostgreSQL refuses every
 * further statement in a transaction once one has failed, so without it a handler failing on one event would
 * take the whole batch down with it, and the dead-letter queue could not even record the letter: the processor
 * would stop at the poison event instead of parking it. With it, the failed handler's statements are undone, the
 * rest of the batch is applied and the event is parked.
 * <p>
 * Not applied to the write side's lookups, which run in the command's transaction and must fail it, nor in the
 * transactions of a rebuild, which parks nothing (a failure stops it until mended) and should not pay two more
 * round trips an event.
 */
@Component
public class ProjectionSavepoints implements HandlerEnhancerDefinition {

    private final PlatformTransactionManager transactions;
    private final DefaultTransactionDefinition savepoint =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    ProjectionSavepoints(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class) || !inAStreamingGroup(original)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()
                        || RebuildTransactions.current()) {
                    return super.handle(message, target);
                }
                TransactionStatus status = transactions.getTransaction(savepoint);
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error failure) {
                    transactions.rollback(status);
                    throw failure;
                }
                transactions.commit(status);
                return result;
            }
        };
    }

    private static boolean inAStreamingGroup(MessageHandlingMember<?> handler) {
        return handler.unwrap(Member.class)
                .map(member -> AnnotatedElementUtils.findMergedAnnotation(member.getDeclaringClass(),
                        ProcessingGroup.class))
                .filter(group -> !AxonConfiguration.IN_COMMAND_TRANSACTION.contains(group.value()))
                .isPresent();
    }
}
