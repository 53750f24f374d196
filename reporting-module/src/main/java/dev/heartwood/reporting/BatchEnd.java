package dev.heartwood.reporting;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Work a projection gathers while a batch of events is applied and does once, just before the batch commits. */
public final class BatchEnd {

    private BatchEnd() {
    }

    /**
     * The batch's collection under {@code key}, made by {@code collection} the first time it is asked for and given
     * to {@code atCommit} before the batch's transaction commits; none outside a unit of work.
     */
    public static <C> Optional<C> collecting(String key, Supplier<C> collection, Consumer<C> atCommit) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return Optional.of(batch.getOrComputeResource(key, absent -> {
            C collected = collection.get();
            batch.onPrepareCommit(unitOfWork -> atCommit.accept(collected));
            return collected;
        }));
    }
}
