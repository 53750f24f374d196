package dev.heartwood.infra.axon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;
import org.axonframework.queryhandling.QueryBus;

import static org.axonframework.micrometer.TagsUtil.PAYLOAD_TYPE_TAGGER_FUNCTION;
import static org.axonframework.micrometer.TagsUtil.PROCESSOR_NAME_TAG;

/**
 * Axon's Micrometer metrics, cut to those watched: each command type's timings and counts, each query type's
 * timings, and the events stored and gone through by each read model's processor. Axon's full set looks up several
 * meters per message in each of its monitors, keeps every duration of the last minutes to work out a capacity and
 * parses each event's timestamp again for a latency, at every processor and for the events it ignores too: about a
 * fifth of the command threads' CPU (docs/BENCHMARKS.md). How far a processor is behind is the gauge
 * {@code heartwood.processor.behind}, read from its position when it is scraped, at no cost per event.
 */
class AxonMeters extends GlobalMetricRegistry {

    AxonMeters(MeterRegistry registry) {
        super(registry);
    }

    @Override
    public MessageMonitor<? extends Message<?>> registerComponent(Class<?> componentType, String componentName) {
        return registerComponentWithDefaultTags(componentType, componentName);
    }

    @Override
    public MessageMonitor<? extends Message<?>> registerComponentWithDefaultTags(Class<?> componentType,
                                                                                 String componentName) {
        MeterRegistry registry = getRegistry();
        if (CommandBus.class.isAssignableFrom(componentType)) {
            return new MultiMessageMonitor<>(
                    MessageTimerMonitor.buildMonitor(componentName, registry, PAYLOAD_TYPE_TAGGER_FUNCTION),
                    MessageCountingMonitor.buildMonitor(componentName, registry, PAYLOAD_TYPE_TAGGER_FUNCTION));
        }
        if (QueryBus.class.isAssignableFrom(componentType)) {
            return MessageTimerMonitor.buildMonitor(componentName, registry, PAYLOAD_TYPE_TAGGER_FUNCTION);
        }
        if (EventBus.class.isAssignableFrom(componentType)) {
            return counting(Counter.builder(componentName + ".ingestedCounter")
                    .description("Events stored").register(registry));
        }
        if (StreamingEventProcessor.class.isAssignableFrom(componentType)) {
            return counting(Counter.builder("eventProcessor.ingestedCounter").tag(PROCESSOR_NAME_TAG, componentName)
                    .description("Events the processor has gone through, those its handlers ignore included")
                    .register(registry));
        }
        // the write side's lookups run in the command's transaction, timed with it
        return NoOpMessageMonitor.instance();
    }

    /** One counter registered once, so that a message costs an increment and no look-up. */
    private static MessageMonitor<Message<?>> counting(Counter counter) {
        return message -> {
            counter.increment();
            return NoOpMessageMonitorCallback.INSTANCE;
        };
    }
}
