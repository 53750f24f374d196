package dev.heartwood.learning.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heartwood.learning.api.ExemptedFromTraining;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads an {@link ExemptedFromTraining} of revision 1, whose period was two loose fields, as revision 2:
 * {@code {"from": d1, "until": d2}} becomes {@code {"period": {"from": d1, "until": d2}}}. Axon's Spring Boot
 * set-up puts every {@code EventUpcaster} bean in the chain it reads events through.
 */
@Component
class ExemptionPeriodUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType LOOSE_DATES =
            new SimpleSerializedType(ExemptedFromTraining.class.getName(), "1");
    private static final SimpleSerializedType PERIOD =
            new SimpleSerializedType(ExemptedFromTraining.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(LOOSE_DATES);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(PERIOD, JsonNode.class, payload -> {
            ObjectNode fields = (ObjectNode) payload.deepCopy();
            ObjectNode period = fields.objectNode();
            period.set("from", fields.remove("from"));
            period.set("until", fields.remove("until"));
            fields.set("period", period);
            return fields;
        });
    }
}
