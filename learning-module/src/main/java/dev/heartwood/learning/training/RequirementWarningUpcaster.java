package dev.heartwood.learning.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heartwood.learning.api.TrainingRequirementAmended;
import dev.heartwood.learning.api.TrainingRequirementDefined;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Reads a {@link TrainingRequirementDefined} or {@link TrainingRequirementAmended} of revision 1, written before a
 * requirement had a warning period of its own, as revision 2 with the 30 days every requirement warned ahead then.
 */
@Component
class RequirementWarningUpcaster extends SingleEventUpcaster {

    /** The one warning period of revision 1; never to follow a later default. */
    private static final int REVISION_ONE_WARNING_DAYS = 30;
    private static final Set<String> EVENTS =
            Set.of(TrainingRequirementDefined.class.getName(), TrainingRequirementAmended.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return EVENTS.contains(event.getType().getName()) && "1".equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), "2"), JsonNode.class,
                payload -> {
                    ObjectNode fields = (ObjectNode) payload.deepCopy();
                    ((ObjectNode) fields.get("terms")).put("warningDays", REVISION_ONE_WARNING_DAYS);
                    return fields;
                });
    }
}
