package dev.heartwood.infra.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heartwood.reporting.api.AggregateHistoryView;
import dev.heartwood.reporting.api.AggregateHistoryView.RecordedEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An appraisal's history as one reader may see it. Text written in confidence ({@code ConfidentialText}) shows to its
 * author and to the parties as they were when it was written: the appraisee, and the appraiser of that moment, so a
 * later appraiser does not inherit what was said before them; its event may say it was written openly
 * ({@code confidential} false), and then shows to all. A pay recommendation shows to the appraisee and to those the pay
 * permission covers. The fields are found by their types ({@link WithheldFields}), not by the events' names. What is
 * withheld leaves the event's other fields (identifiers, dates, flags), marked {@code withheld}.
 */
final class ConfidentialHistory {

    private final WithheldFields withheld;

    ConfidentialHistory(WithheldFields withheld) {
        this.withheld = withheld;
    }

    static boolean isAppraisal(AggregateHistoryView history) {
        return "Appraisal".equals(history.aggregateType());
    }

    /** @param seesPay whether the reader holds the pay permission for the appraisal's school or trust */
    AggregateHistoryView asSeenBy(AggregateHistoryView history, Access reader, boolean seesPay) {
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
    boolean showsPay(AggregateHistoryView history) {
        return history.events().stream().anyMatch(event -> !payIn(event).isEmpty());
    }

    private RecordedEvent shown(RecordedEvent event, boolean party, boolean seesPay) {
        JsonNode stored = event.payload();
        Set<String> hidden = new LinkedHashSet<>();
        if (!party && writtenInConfidence(stored)) {
            // the text goes; identifiers, dates and the flag stay, so the record still shows a note was made
            hidden.addAll(withheld.confidentialIn(event.type()));
        }
        if (!seesPay) {
            hidden.addAll(payIn(event));
        }
        hidden.removeIf(field -> !stored.has(field));
        if (hidden.isEmpty()) {
            return event;
        }
        ObjectNode payload = stored.deepCopy();
        payload.remove(hidden);
        payload.put("withheld", true);
        return new RecordedEvent(event.sequenceNumber(), event.globalIndex(), event.recordedAt(), event.type(),
                event.revision(), payload, event.cause());
    }

    /** The event's pay fields that hold a recommendation (where the pay policy asks for none, they are empty). */
    private Set<String> payIn(RecordedEvent event) {
        Set<String> pay = new LinkedHashSet<>(withheld.payIn(event.type()));
        pay.removeIf(field -> event.payload().path(field).isMissingNode() || event.payload().path(field).isNull());
        return pay;
    }

    /** Confidential text is written in confidence unless its event says it was written openly. */
    private static boolean writtenInConfidence(JsonNode payload) {
        JsonNode flag = payload.path("confidential");
        return !flag.isBoolean() || flag.booleanValue();
    }
}
