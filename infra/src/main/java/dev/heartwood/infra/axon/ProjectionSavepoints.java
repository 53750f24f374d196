package dev.heartwood.infra.axon;

import dev.heartwood.reporting.api.rebuild.RebuildTransactions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.lang.reflect.Member;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a projection's processor park the event its handlers fail on while it applies the rest of the batch, with a
 * savepoint per handler only once a batch has failed (ADR 8). PostgreSQL refuses every further statement in a
 * transaction once one has failed, so a handler failing outside a savepoint takes its whole batch down: the batch is
 * rolled back, Axon takes its segment up again after a back-off (a second at first), and from then on each handler of
 * that segment's batches runs in a savepoint of the processor's transaction. The failing handler alone is undone,
 * the dead-letter queue records its event, and the rest of the batch commits with the token. The segment goes back
 * to batches without savepoints once the event that failed has been committed and a batch has gone through without
 * a failure.
 * <p>
 * Outside a processor's batch (a retry of parked events, which records a new failure in the same transaction) every
 * handler runs in a savepoint. Not applied to the write side's lookups, which run in the command's transaction and
 * must fail it, nor in the transactions of a rebuild, which parks nothing (a failure stops it until mended).
 */
@Component
public class ProjectionSavepoints implements HandlerEnhancerDefinition {

    private static final String FAILED = ProjectionSavepoints.class.getName() + ".failed";
    private static final String REACHED = ProjectionSavepoints.class.getName() + ".reached";
    private static final String WATCHED = ProjectionSavepoints.class.getName() + ".watched";
    private static final String PASSED = "";

    private final PlatformTransactionManager transactions;
    private final DefaultTransactionDefinition savepoint =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
    private final DefaultTransactionDefinition batch =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_MANDATORY);
    /**
     * The segments, as "group/segment", whose batches run handler by handler since one of them failed, each with the
     * identifier of the event that failed, or {@link #PASSED} once a batch with that event has been committed.
     */
    private final Map<String, String> careful = new ConcurrentHashMap<>();

    ProjectionSavepoints(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return streamingGroupOf(original).<MessageHandlingMember<T>>map(group -> new Careful<>(original, group))
                .orElse(original);
    }

    private static Optional<String> streamingGroupOf(MessageHandlingMember<?> handler) {
        return handler.unwrap(Member.class)
                .map(member -> AnnotatedElementUtils.findMergedAnnotation(member.getDeclaringClass(),
                        ProcessingGroup.class))
                .map(ProcessingGroup::value)
                .filter(group -> !AxonConfiguration.IN_COMMAND_TRANSACTION.contains(group));
    }

    private final class Careful<T> extends WrappedMessageHandlingMember<T> {

        private final String group;
        /** Where Axon's pooled processor puts the segment a batch belongs to. */
        private final String segmentResource;

        private Careful(MessageHandlingMember<T> handler, String group) {
            super(handler);
            this.group = group;
            this.segmentResource = "Processor[" + group + "]/SegmentId";
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive() || RebuildTransactions.current()) {
                return super.handle(message, target);
            }
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root() : null;
            Object segment = unitOfWork == null ? null : unitOfWork.resources().get(segmentResource);
            if (segment == null) {
                return inASavepoint(message, target, null);
            }
            String key = group + "/" + segment;
            String failedBefore = careful.get(key);
            if (failedBefore != null) {
                backToBatchesOnceClean(unitOfWork, key);
                if (failedBefore.equals(message.getIdentifier())) {
                    unitOfWork.resources().put(REACHED, Boolean.TRUE);
                }
                return inASavepoint(message, target, unitOfWork);
            }
            try {
                return super.handle(message, target);
            } catch (Exception | Error failure) {
                careful.put(key, message.getIdentifier());
                rollBackTheBatch();
                throw failure;
            }
        }

        private Object inASavepoint(Message<?> message, T target, UnitOfWork<?> batchOfEvents) throws Exception {
            TransactionStatus status = transactions.getTransaction(savepoint);
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error failure) {
                transactions.rollback(status);
                if (batchOfEvents != null) {
                    batchOfEvents.resources().put(FAILED, Boolean.TRUE);
                }
                throw failure;
            }
            transactions.commit(status);
            return result;
        }
    }

    /** Marks the processor's transaction to be rolled back, even when no statement failed (a handler's own fault). */
    private void rollBackTheBatch() {
        TransactionStatus whole = transactions.getTransaction(batch);
        whole.setRollbackOnly();
        transactions.rollback(whole);
    }

    /**
     * Once the batch commits: whether it has gone past the event that failed (after a back-off the segment's first
     * batch may stop short of it), and whether it went through without a failure.
     */
    private void backToBatchesOnceClean(UnitOfWork<?> unitOfWork, String key) {
        unitOfWork.getOrComputeResource(WATCHED, name -> {
            unitOfWork.afterCommit(committed -> {
                if (committed.resources().containsKey(REACHED)) {
                    careful.replace(key, PASSED);
                }
                if (!committed.resources().containsKey(FAILED)) {
                    careful.remove(key, PASSED);
                }
            });
            return Boolean.TRUE;
        });
    }
}
