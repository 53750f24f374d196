package dev.heartwood.reporting.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.reporting.api.AggregateHistoryQuery;
import dev.heartwood.reporting.api.AggregateHistoryView;
import dev.heartwood.reporting.api.AggregateHistoryView.Cause;
import dev.heartwood.reporting.api.AggregateHistoryView.RecordedEvent;
import dev.heartwood.reporting.api.AppraisalAsOfQuery;
import dev.heartwood.reporting.api.AppraisalAsOfView;
import dev.heartwood.reporting.api.StaffAsOfQuery;
import dev.heartwood.reporting.api.StaffAsOfView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Answers from the event store itself: an aggregate's whole history, or its state as of an instant. */
@Component
class HistoryQueries {

    private final AggregateEvents events;
    private final ObjectMapper json;
    private final RevisionResolver revisions = new AnnotationRevisionResolver();

    HistoryQueries(AggregateEvents events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    @QueryHandler
    Optional<AggregateHistoryView> handle(AggregateHistoryQuery query) {
        List<DomainEventMessage<?>> history = events.of(query.aggregateId());
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> globalIndexes = events.globalIndexes(query.aggregateId());
        return Optional.of(new AggregateHistoryView(query.aggregateId(), history.get(0).getType(),
                history.stream().map(event -> recorded(event, globalIndexes.get(event.getIdentifier()))).toList()));
    }

    @QueryHandler
    Optional<AppraisalAsOfView> handle(AppraisalAsOfQuery query) {
        return AppraisalAsOf.at(query.at(), events.of(query.appraisalId().toString()));
    }

    @QueryHandler
    Optional<StaffAsOfView> handle(StaffAsOfQuery query) {
        return StaffAsOf.at(query.at(), events.of(query.staffId().toString()));
    }

    private RecordedEvent recorded(DomainEventMessage<?> event, long globalIndex) {
        return new RecordedEvent(event.getSequenceNumber(), globalIndex, event.getTimestamp(),
                event.getPayloadType().getSimpleName(), revisions.revisionOf(event.getPayloadType()),
                json.valueToTree(event.getPayload()), cause(event.getMetaData()));
    }

    private static Cause cause(MetaData metadata) {
        return new Cause(text(metadata, MetadataKeys.ACTOR_ID), text(metadata, MetadataKeys.ACTOR_ROLE),
                text(metadata, MetadataKeys.SCHOOL_ID), text(metadata, MetadataKeys.TRUST_ID),
                text(metadata, MetadataKeys.CORRELATION_ID), text(metadata, MetadataKeys.CAUSATION_ID),
                text(metadata, MetadataKeys.BATCH_ID), text(metadata, MetadataKeys.REASON));
    }

    private static String text(MetaData metadata, String key) {
        return Objects.toString(metadata.get(key), null);
    }
}
