package dev.heartwood.infra.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Down when an event processor has stopped or is failing, since the reports it feeds then fall behind.
 * Shown under {@code eventProcessors} in {@code /actuator/health}.
 */
@Component("eventProcessors")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean healthy = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            EventProcessor processor = entry.getValue();
            boolean failing = processor instanceof StreamingEventProcessor streaming && streaming.isError();
            String state = !processor.isRunning() ? "stopped" : failing ? "failing" : "running";
            healthy &= "running".equals(state);
            details.put(entry.getKey(), state);
        }
        (healthy ? health.up() : health.down()).withDetails(details);
    }
}
