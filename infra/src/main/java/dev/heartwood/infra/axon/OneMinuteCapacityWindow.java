package dev.heartwood.infra.axon;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Axon's metrics for the event processors, the same four monitors Axon registers, but with the capacity worked out
 * over the last minute instead of ten. The capacity monitor keeps the duration of every event handled within its
 * window: ten minutes of a rebuild is millions of entries, most of the heap (BENCHMARKS.md).
 */
class OneMinuteCapacityWindow extends GlobalMetricRegistry {

    OneMinuteCapacityWindow(MeterRegistry registry) {
        super(registry);
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
            String name, Function<Message<?>, Iterable<Tag>> tags, Function<Message<?>, Iterable<Tag>> latencyTags) {
        MeterRegistry registry = getRegistry();
        return new MultiMessageMonitor<>(List.of(
                MessageTimerMonitor.buildMonitor(name, registry, tags),
                EventProcessorLatencyMonitor.builder().meterNamePrefix(name).meterRegistry(registry)
                        .tagsBuilder(latencyTags).build(),
                CapacityMonitor.buildMonitor(name, registry, 1, TimeUnit.MINUTES, tags),
                MessageCountingMonitor.buildMonitor(name, registry, tags)));
    }
}
