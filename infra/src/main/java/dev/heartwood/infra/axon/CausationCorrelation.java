package dev.heartwood.infra.axon;

import dev.heartwood.kernel.MetadataKeys;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries the caller's metadata from a command to every event (and command) it causes, with the handled
 * message as the cause. Replaces Axon's default provider, whose "correlationId" means the direct cause.
 */
@Component
class CausationCorrelation implements CorrelationDataProvider {

    private static final List<String> INHERITED = List.of(MetadataKeys.ACTOR_ID, MetadataKeys.ACTOR_ROLE,
            MetadataKeys.SCHOOL_ID, MetadataKeys.TRUST_ID, MetadataKeys.CORRELATION_ID, MetadataKeys.BATCH_ID,
            MetadataKeys.REASON);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        INHERITED.forEach(key -> {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        });
        data.putIfAbsent(MetadataKeys.CORRELATION_ID, message.getIdentifier());
        data.put(MetadataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
