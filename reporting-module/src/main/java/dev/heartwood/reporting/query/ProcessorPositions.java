package dev.heartwood.reporting.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far each event processor has got through the event stream: the position up to which it has applied every
 * event, the lowest of its segments' positions. A segment this node works on is read from the processor itself,
 * which moves on with every event it has gone through, applied or not for this segment; a segment another node
 * holds (or none does) from the token store, where its position is kept with each batch, or every few seconds while
 * the segment has nothing to apply.
 */
@Component
class ProcessorPositions {

    private record StoredToken(int segment, byte[] token, String tokenType) {
    }

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final Serializer serializer;

    ProcessorPositions(EventProcessingConfiguration processing, JdbcClient jdbc, Serializer serializer) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Zero for a processor that has no position yet, so that all the stream is still to be applied. */
    long of(String processor) {
        Map<Integer, EventTrackerStatus> here = processing.eventProcessor(processor, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus).orElse(Map.of());
        List<StoredToken> segments = jdbc.sql("""
                        SELECT segment, token, tokentype FROM tokenentry WHERE processorname = ?""")
                .param(processor)
                .query((row, n) -> new StoredToken(row.getInt("segment"), row.getBytes("token"),
                        row.getString("tokentype")))
                .list();
        return segments.stream()
                .mapToLong(segment -> Optional.ofNullable(here.get(segment.segment()))
                        .map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                        .map(OptionalLong::getAsLong).orElseGet(() -> stored(segment)))
                .min().orElse(0);
    }

    private long stored(StoredToken segment) {
        if (segment.token() == null) {
            return 0;
        }
        TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(segment.token(), byte[].class,
                segment.tokenType(), null));
        return token == null ? 0 : token.position().orElse(0);
    }
}
