package dev.heartwood.infra.admin;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.reporting.api.admin.ProcessorStatus;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import dev.heartwood.infra.axon.ReadModelTransactions;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static dev.heartwood.infra.admin.AdminErrorCode.PROCESSOR_NOT_FOUND;
import static dev.heartwood.infra.admin.AdminErrorCode.PROCESSOR_NOT_REPLAYABLE;
import static dev.heartwood.infra.admin.AdminErrorCode.REBUILD_UNDER_WAY;

/**
 * Rebuilds read models from the whole event stream without taking them offline (a {@link Rebuild} writes fresh
 * copies of the tables while the live ones answer, and they switch once it has caught up), and tells how far each
 * has got: in {@link #status()}, in the log every ten seconds, and as the gauge {@code heartwood.replay.progress}.
 * How far each processor is behind the head of the stream is the gauge {@code heartwood.processor.behind}.
 */
@Component
class Replays {

    private static final Logger log = LoggerFactory.getLogger(Replays.class);

    private final EventProcessingConfiguration processing;
    private final org.axonframework.config.Configuration axon;
    private final ApplicationContext context;
    private final ShadowTables shadow;
    private final TransactionManager readModelTransactions;
    private final TokenStore tokens;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int batchSize;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "rebuild-watcher"));

    Replays(EventProcessingConfiguration processing, org.axonframework.config.Configuration axon,
            ApplicationContext context, ShadowTables shadow, TransactionManager transactions, TokenStore tokens,
            MeterRegistry meters, Clock clock, JdbcClient jdbc,
            @Value("${heartwood.processing.rebuild-batch-size}") int batchSize) {
        this.processing = processing;
        this.axon = axon;
        this.context = context;
        this.shadow = shadow;
        this.readModelTransactions = new ReadModelTransactions(transactions, jdbc);
        this.tokens = tokens;
        this.meters = meters;
        this.clock = clock;
        this.batchSize = batchSize;
        watcher.scheduleWithFixedDelay(this::switchThoseCaughtUp, 250, 250, TimeUnit.MILLISECONDS);
        watcher.scheduleWithFixedDelay(this::logProgress, 10, 10, TimeUnit.SECONDS);
    }

    synchronized void replay(String name) {
        streaming(name);
        List<Object> projections = projectionsOf(name);
        List<String> tables = tablesOf(name, projections);
        if (rebuilds.containsKey(name)) {
            throw new DomainRuleViolation(REBUILD_UNDER_WAY, name + " is being rebuilt already");
        }
        Rebuild rebuild = new Rebuild(name, tables, Instant.now(clock), headIndex(),
                processorFor(name, projections), shadow, readModelTransactions);
        log.info("Rebuilding {} from the start of the event stream into new tables; the live ones answer until it "
                + "has caught up", name);
        try {
            rebuild.start();
        } catch (RuntimeException e) {
            rebuild.stop();
            throw e;
        }
        rebuilds.put(name, rebuild);
        Gauge.builder("heartwood.replay.progress", () -> progress(name))
                .tag("processor", name)
                .description("Share of the events a rebuild had to go through that it has done")
                .register(meters);
    }

    @EventListener(ApplicationReadyEvent.class)
    void gaugeHowFarBehind() {
        processing.eventProcessors().keySet().stream()
                .filter(name -> processing.eventProcessor(name, StreamingEventProcessor.class).isPresent())
                .forEach(name -> Gauge.builder("heartwood.processor.behind", () -> status(name, headIndex()).behind())
                        .tag("processor", name)
                        .description("Events stored that the processor has not gone through yet")
                        .register(meters));
    }

    List<ProcessorStatus> status() {
        long headIndex = headIndex();
        return processing.eventProcessors().keySet().stream().sorted().map(name -> status(name, headIndex)).toList();
    }

    private ProcessorStatus status(String name, long head) {
        var processor = processing.eventProcessor(name, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            // subscribing: it sees each event in the transaction that appends it, so it is never behind
            boolean running = processing.eventProcessor(name).map(p -> p.isRunning()).orElse(false);
            return new ProcessorStatus(name, running, false, false, 0, 0, head, head, 0, null, null, null, null);
        }
        StreamingEventProcessor live = processor.get();
        var segments = live.processingStatus().values();
        int allSegments = tokens.fetchSegments(name).length;
        long position = Rebuild.lowestPosition(segments);
        Rebuild rebuild = rebuilds.get(name);
        if (rebuild == null) {
            return new ProcessorStatus(name, live.isRunning(), live.isError(), false, allSegments, segments.size(),
                    position, head, Math.max(0, head - position), null, null, null, null);
        }
        long done = Math.min(rebuild.done(), rebuild.total);
        double seconds = Math.max(1, Duration.between(rebuild.startedAt, Instant.now(clock)).toSeconds());
        double rate = done / seconds;
        Long secondsLeft = rate > 0 ? Math.round((rebuild.total - done) / rate) : null;
        return new ProcessorStatus(name, live.isRunning(), live.isError() || rebuild.failing(), true, allSegments,
                segments.size(), position, head, Math.max(0, head - position), done, rebuild.total, rate,
                secondsLeft);
    }

    private void switchThoseCaughtUp() {
        rebuilds.values().stream()
                .filter(rebuild -> rebuild.caughtUp(tokens.fetchSegments(rebuild.processorName()).length))
                .forEach(this::switchOver);
    }

    private void switchOver(Rebuild rebuild) {
        try {
            if (rebuild.switchOver(streaming(rebuild.group))) {
                rebuilds.remove(rebuild.group);
                log.info("Rebuilt {} in {} s: queries now read the new tables", rebuild.group,
                        Duration.between(rebuild.startedAt, Instant.now(clock)).toSeconds());
            } else {
                log.debug("The rebuild of {} has caught up and waits for readers of the live tables to switch",
                        rebuild.group);
            }
        } catch (RuntimeException e) {
            log.error("Could not switch {} to its rebuilt tables; trying again", rebuild.group, e);
        }
    }

    private double progress(String name) {
        Rebuild rebuild = rebuilds.get(name);
        if (rebuild == null || rebuild.total == 0) {
            return 1.0;
        }
        return Math.min(1.0, (double) rebuild.done() / rebuild.total);
    }

    private void logProgress() {
        long headIndex = headIndex();
        rebuilds.keySet().stream().map(name -> status(name, headIndex))
                .forEach(status -> log.info("Rebuild of {}: {} of {} events, {} a second, about {} s left",
                        status.name(), status.done(), status.total(), Math.round(status.eventsPerSecond()),
                        status.secondsLeft()));
    }

    /** The global index of the newest event in the store: how far a rebuild has to go, and a processor to catch up. */
    private long headIndex() {
        TrackingToken head = axon.eventStore().createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private StreamingEventProcessor streaming(String name) {
        if (processing.eventProcessor(name).isEmpty()) {
            throw new DomainRuleViolation(PROCESSOR_NOT_FOUND, "No event processor is named " + name);
        }
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new DomainRuleViolation(PROCESSOR_NOT_REPLAYABLE,
                        name + " keeps the write side's lookups in step with commands and is not replayed"));
    }

    /** The beans of the processing group: handlers are assigned to groups by their annotation only. */
    private List<Object> projectionsOf(String group) {
        return context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .filter(bean -> group.equals(
                        AnnotationUtils.findAnnotation(bean.getClass(), ProcessingGroup.class).value()))
                .toList();
    }

    private static List<String> tablesOf(String group, List<Object> projections) {
        if (projections.isEmpty() || !projections.stream()
                .allMatch(projection -> projection.getClass().isAnnotationPresent(ProjectionTables.class))) {
            throw new DomainRuleViolation(PROCESSOR_NOT_REPLAYABLE,
                    group + " keeps no read model of its own to rebuild");
        }
        return projections.stream()
                .flatMap(projection -> Arrays.stream(projection.getClass().getAnnotation(ProjectionTables.class)
                        .value()))
                .toList();
    }

    /**
     * A rebuild reads the stream in one segment: split, each segment's batches would hold a share of the events
     * read, and the transactions would be as many times more; on two cores a rebuild gains nothing from running
     * its segments side by side. At the switch the live processor's segments all take up its position.
     */
    private PooledStreamingEventProcessor.Builder processorFor(String group, List<Object> projections) {
        return PooledStreamingEventProcessor.builder()
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(projections)
                        // events in the order the live processor keeps: some read models count across aggregates
                        .sequencingPolicy(processing.sequencingPolicy(group))
                        .parameterResolverFactory(axon.parameterResolverFactory())
                        .handlerDefinition(axon.handlerDefinition(projections.get(0).getClass()))
                        // an event that fails is retried, never skipped: the new tables must not miss one
                        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                        .build())
                .messageSource(axon.eventStore())
                .tokenStore(tokens)
                .batchSize(batchSize)
                .initialSegmentCount(1);
    }

    @PreDestroy
    void stop() {
        watcher.shutdownNow();
        rebuilds.values().forEach(Rebuild::stop);
    }
}
