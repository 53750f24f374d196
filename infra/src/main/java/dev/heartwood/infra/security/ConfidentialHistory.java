package dev.heartwood.infra.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heartwood.reporting.api.AggregateHistoryView;
import dev.heartwood.reporting.api.AggregateHistoryView.RecordedEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An appraisal's history as one reader may see it. A confidential note or piece of evidence shows its text to its
 * author and to the parties as they were when it was written: the appraisee, and the appraiser of that moment, so a
 * later appraiser does not inherit what was said before them. A pay recommendation shows to the appraisee and to those
 * the pay permission covers. What is withheld leaves its identifiers, dates and flags, marked {@code withheld}.
 */
final class ConfidentialHistory {

    /** Events whose text is confidential when they say so. */
    private static final List<String> CONFIDENTIAL = List.of("ProgressNoteAdded", "EvidenceReferenced");
    private static final Map<String, String> PAY_FIELDS = Map.of("AppraisalReportIssued", "payRecommendation");

    private ConfidentialHistory() {
    }

    static boolean isAppraisal(AggregateHistoryView history) {
        return "Appraisal".equals(history.aggregateType());
    }

    /** @param seesPay whether the reader holds the pay permission for the appraisal's school or trust */
    static AggregateHistoryView asSeenBy(AggregateHistoryView history, Access reader, boolean seesPay) {
        String appraisee = null;
        String appraiser = null;
        List<RecordedEvent> seen = new ArrayList<>();
        for (RecordedEvent event : history.events()) {
            JsonNode payload = event.payload();
            switch (event.type()) {
                case "AppraisalStarted" -> {
                    appraisee = payload.path("appraiseeId").asText();
                    appraiser = payload.path("appraiserId").asText();
                }
                case "AppraisalExempted" -> appraisee = payload.path("appraiseeId").asText();
                case "AppraiserChanged" -> appraiser = payload.path("appraiserId").asText();
                default -> {
                }
            }
            boolean party = reader.is(event.cause().actorId()) || reader.is(appraisee) || reader.is(appraiser);
            seen.add(shown(event, party, seesPay || reader.is(appraisee)));
        }
        return new AggregateHistoryView(history.aggregateId(), history.aggregateType(), seen);
    }

    /** Whether the history shows a pay recommendation to someone who may see it. */
    static boolean showsPay(AggregateHistoryView history) {
        return history.events().stream().anyMatch(ConfidentialHistory::carriesPay);
    }

    private static RecordedEvent shown(RecordedEvent event, boolean party, boolean seesPay) {
        JsonNode stored = event.payload();
        JsonNode payload;
        if (!party && CONFIDENTIAL.contains(event.type()) && stored.path("confidential").asBoolean()) {
            // the text goes; identifiers, dates and the flag stay, so the record still shows a note was made
            payload = keeping(stored, field -> !stored.get(field).isTextual() || field.endsWith("Id")
                    || field.endsWith("On"));
        } else if (!seesPay && carriesPay(event)) {
            String payField = PAY_FIELDS.get(event.type());
            payload = keeping(stored, field -> !field.equals(payField));
        } else {
            return event;
        }
        return new RecordedEvent(event.sequenceNumber(), event.globalIndex(), event.recordedAt(), event.type(),
                event.revision(), payload, event.cause());
    }

    private static boolean carriesPay(RecordedEvent event) {
        String payField = PAY_FIELDS.get(event.type());
        return payField != null && !event.payload().path(payField).isMissingNode()
                && !event.payload().path(payField).isNull();
    }

    /** A copy of an object with only the fields kept, marked as having had the others withheld. */
    private static JsonNode keeping(JsonNode payload, Predicate<String> kept) {
        ObjectNode copy = payload.deepCopy();
        payload.fieldNames().forEachRemaining(field -> {
            if (!kept.test(field)) {
                copy.remove(field);
            }
        });
        copy.put("withheld", true);
        return copy;
    }
}
