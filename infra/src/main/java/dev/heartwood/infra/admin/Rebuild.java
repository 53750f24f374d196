package dev.heartwood.infra.admin;

import dev.heartwood.reporting.api.rebuild.RebuildTransactions;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.dao.CannotAcquireLockException;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One read model being rebuilt: a processor of its own runs the group's projections over the whole event stream,
 * writing into copies of their tables, while the live processor keeps the live tables current and answering.
 */
final class Rebuild {

    /** It works on one segment (see {@link Replays}). */
    private static final int WORKER_THREADS = 1;

    final String group;
    final Instant startedAt;
    /** The head of the stream when it began: the events it has to go through before it can switch. */
    final long total;

    private final List<String> tables;
    private final String schema;
    private final String processorName;
    private final ShadowTables shadow;
    private final ScheduledExecutorService coordinator;
    private final ScheduledExecutorService workers;
    private final PooledStreamingEventProcessor processor;
    /** The furthest it has got: while a switch waits for readers of the live tables, it stops and starts again. */
    private final AtomicLong reached = new AtomicLong();

    /** @param processor a builder with everything but the name, the executors and the transactions */
    Rebuild(String group, List<String> tables, Instant startedAt, long total,
            PooledStreamingEventProcessor.Builder processor, ShadowTables shadow, TransactionManager transactions) {
        this.group = group;
        this.tables = tables;
        this.startedAt = startedAt;
        this.total = total;
        this.schema = "rebuild_" + group.replaceAll("[^a-z0-9]", "_");
        this.processorName = group + "@rebuild";
        this.shadow = shadow;
        this.coordinator = Executors.newSingleThreadScheduledExecutor(
                runnable -> new Thread(runnable, "rebuild-" + group + "-coordinator"));
        this.workers = Executors.newScheduledThreadPool(WORKER_THREADS,
                runnable -> new Thread(runnable, "rebuild-" + group + "-worker"));
        this.processor = processor.name(processorName)
                .transactionManager(RebuildTransactions.of(shadow.writingInto(schema, transactions)))
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .build();
    }

    void start() {
        shadow.create(schema, tables, processorName);
        processor.start();
    }

    /** The global index it has reached on every segment it works on. */
    long done() {
        return reached.accumulateAndGet(lowestPosition(processor.processingStatus().values()), Math::max);
    }

    /** Whether it works on all the {@code segments} of its stream and has gone through what it had to on each. */
    boolean caughtUp(int segments) {
        Collection<EventTrackerStatus> claimed = processor.processingStatus().values();
        return segments > 0 && claimed.size() == segments && lowestPosition(claimed) >= total;
    }

    /** Where a streaming processor stands: the lowest position of the segments it works on. */
    static long lowestPosition(Collection<EventTrackerStatus> segments) {
        return segments.stream().mapToLong(segment -> segment.getCurrentPosition().orElse(0)).min().orElse(0);
    }

    boolean failing() {
        return processor.isError();
    }

    String processorName() {
        return processorName;
    }

    /**
     * Stops both processors, puts the copies in place with the rebuild's position, and starts the live one again,
     * which carries on from there. Returns false, with the rebuild running again, when the switch could not take
     * its locks; nothing has changed then.
     */
    boolean switchOver(StreamingEventProcessor live) {
        processor.shutDown();
        live.shutDown();
        boolean switched = false;
        try {
            shadow.switchOver(schema, tables, group, processorName);
            switched = true;
        } catch (CannotAcquireLockException e) {
            return false;
        } finally {
            if (switched) {
                stop();
            } else {
                processor.start();
            }
            live.start();
        }
        return true;
    }

    void stop() {
        processor.shutDown();
        coordinator.shutdownNow();
        workers.shutdownNow();
    }
}
