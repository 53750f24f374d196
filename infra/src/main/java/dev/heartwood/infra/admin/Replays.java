package dev.heartwood.infra.admin;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.reporting.query.EventStreamHead;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static dev.heartwood.infra.admin.AdminErrorCode.PROCESSOR_NOT_FOUND;
import static dev.heartwood.infra.admin.AdminErrorCode.PROCESSOR_NOT_REPLAYABLE;

/**
 * Rebuilds a read model by replaying its processor from the start of the event stream, and tells how far it has
 * got: in {@link #status()}, in the log every ten seconds, and as the gauge {@code heartwood.replay.progress}.
 * Each processor's {@code @ResetHandler} clears its tables first.
 */
@Component
class Replays {

    private static final Logger log = LoggerFactory.getLogger(Replays.class);

    /** When a replay began and how many events it had to go through. */
    private record Started(Instant at, long total) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStreamHead head;
    private final TokenStore tokens;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Started> started = new ConcurrentHashMap<>();
    private final ScheduledExecutorService progressLog = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "replay-progress"));

    Replays(EventProcessingConfiguration processing, EventStreamHead head, TokenStore tokens, MeterRegistry meters,
            Clock clock) {
        this.processing = processing;
        this.head = head;
        this.tokens = tokens;
        this.meters = meters;
        this.clock = clock;
        progressLog.scheduleWithFixedDelay(this::logProgress, 10, 10, TimeUnit.SECONDS);
    }

    void replay(String name) {
        StreamingEventProcessor processor = streaming(name);
        log.info("Replaying {} from the start of the event stream", name);
        processor.shutDown();
        processor.resetTokens();
        started.put(name, new Started(Instant.now(clock), head.index()));
        Gauge.builder("heartwood.replay.progress", () -> progress(name))
                .tag("processor", name)
                .description("Share of the events a replay had to go through that it has done")
                .register(meters);
        processor.start();
    }

    List<ProcessorStatus> status() {
        long headIndex = head.index();
        return processing.eventProcessors().keySet().stream().sorted().map(name -> status(name, headIndex)).toList();
    }

    private ProcessorStatus status(String name, long head) {
        var processor = processing.eventProcessor(name, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            // subscribing: it sees each event in the transaction that appends it, so it is never behind
            boolean running = processing.eventProcessor(name).map(p -> p.isRunning()).orElse(false);
            return new ProcessorStatus(name, running, false, false, 0, 0, head, head, 0, null, null, null, null);
        }
        StreamingEventProcessor streaming = processor.get();
        Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
        int allSegments = tokens.fetchSegments(name).length;
        long position = segments.values().stream()
                .mapToLong(segment -> segment.getCurrentPosition().orElse(0)).min().orElse(0);
        boolean replaying = segments.values().stream().anyMatch(Replays::stillReplaying);
        Started replay = replaying ? started.get(name) : null;
        if (replay == null) {
            return new ProcessorStatus(name, streaming.isRunning(), streaming.isError(), replaying, allSegments,
                    segments.size(), position, head, Math.max(0, head - position), null, null, null, null);
        }
        double seconds = Math.max(1, Duration.between(replay.at(), Instant.now(clock)).toSeconds());
        double rate = position / seconds;
        Long secondsLeft = rate > 0 ? Math.round(Math.max(0, replay.total() - position) / rate) : null;
        return new ProcessorStatus(name, streaming.isRunning(), streaming.isError(), true, allSegments,
                segments.size(), position, head, Math.max(0, head - position), position, replay.total(), rate,
                secondsLeft);
    }

    /**
     * Axon keeps a segment marked as replaying until it handles an event newer than the reset; the replay's own
     * work is done once it has reached the position the stream had at the reset.
     */
    private static boolean stillReplaying(EventTrackerStatus segment) {
        return segment.isReplaying() && segment.getCurrentPosition().orElse(0)
                < segment.getResetPosition().orElse(Long.MAX_VALUE);
    }

    private double progress(String name) {
        Started replay = started.get(name);
        ProcessorStatus status = status(name, head.index());
        if (replay == null || replay.total() == 0 || !status.replaying()) {
            return 1.0;
        }
        return Math.min(1.0, (double) status.position() / replay.total());
    }

    private void logProgress() {
        long headIndex = head.index();
        started.keySet().stream().map(name -> status(name, headIndex)).filter(ProcessorStatus::replaying)
                .forEach(status -> log.info("Replay of {}: {} of {} events, {} a second, about {} s left",
                        status.name(), status.done(), status.total(), Math.round(status.eventsPerSecond()),
                        status.secondsLeft()));
    }

    private StreamingEventProcessor streaming(String name) {
        if (processing.eventProcessor(name).isEmpty()) {
            throw new DomainRuleViolation(PROCESSOR_NOT_FOUND, "No event processor is named " + name);
        }
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .filter(StreamingEventProcessor::supportsReset)
                .orElseThrow(() -> new DomainRuleViolation(PROCESSOR_NOT_REPLAYABLE,
                        name + " keeps the write side's lookups in step with commands and is not replayed"));
    }

    @PreDestroy
    void stop() {
        progressLog.shutdownNow();
    }
}
