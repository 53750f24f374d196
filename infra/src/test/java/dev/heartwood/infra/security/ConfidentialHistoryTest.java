package dev.heartwood.infra.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.EvidenceReferenced;
import dev.heartwood.appraisal.api.PayRecommendation;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ConfidentialText;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.reporting.api.AggregateHistoryView;
import dev.heartwood.reporting.api.AggregateHistoryView.Cause;
import dev.heartwood.reporting.api.AggregateHistoryView.RecordedEvent;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an appraisal's history withholds from whom, by the types of the events' fields. */
class ConfidentialHistoryTest {

    /** An event a module might add tomorrow: its confidential text is withheld with no change to the redaction. */
    @Revision("1")
    record ConcernRaised(AppraisalId appraisalId, SchoolId schoolId, ConfidentialText concern, LocalDate raisedOn) {
    }

    /** An event a history would name as it names the real one. */
    @Revision("1")
    record ProgressNoteAdded(AppraisalId appraisalId, String note) {
    }

    private final JsonMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final ConfidentialHistory confidential = new ConfidentialHistory(WithheldFields.ofEveryEvent());
    private final AppraisalId appraisal = new AppraisalId(UUID.randomUUID());
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final UUID appraisee = UUID.randomUUID();
    private final UUID appraiser = UUID.randomUUID();
    private final UUID headteacher = UUID.randomUUID();
    private final LocalDate day = LocalDate.of(2026, 2, 3);
    private final List<RecordedEvent> events = new ArrayList<>();

    @Test
    void findsTheFieldsItWithholdsByTheirTypes() {
        WithheldFields everyEvent = WithheldFields.ofEveryEvent();

        assertThat(everyEvent.confidential()).isEqualTo(Map.of(
                "ProgressNoteAdded", Set.of("note"), "EvidenceReferenced", Set.of("description", "reference")));
        assertThat(everyEvent.pay()).isEqualTo(Map.of("AppraisalReportIssued", Set.of("payRecommendation")));
        assertThat(WithheldFields.of(List.of(ConcernRaised.class)).confidentialIn("ConcernRaised"))
                .containsExactly("concern");
    }

    @Test
    void refusesTwoEventsAHistoryWouldNameAlike() {
        assertThatThrownBy(() -> WithheldFields.of(List.of(dev.heartwood.appraisal.api.ProgressNoteAdded.class,
                ProgressNoteAdded.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("alike");
    }

    @Test
    void aConfidentialNoteShowsItsTextToThePartiesAndThatItWasMadeToOthers() {
        started();
        recorded(appraiser, note("Struggling since the move", true));
        recorded(appraiser, note("Guided reading going well", false));

        AggregateHistoryView seenByTheHead = confidential.asSeenBy(history(), reader(headteacher), true);
        AggregateHistoryView seenByTheAppraisee = confidential.asSeenBy(history(), reader(appraisee), false);

        JsonNode withheld = seenByTheHead.events().get(1).payload();
        assertThat(withheld.has("note")).isFalse();
        assertThat(withheld.path("withheld").asBoolean()).isTrue();
        assertThat(withheld.path("confidential").asBoolean()).isTrue();
        assertThat(withheld.path("addedOn").asText()).isEqualTo("2026-02-03");
        assertThat(withheld.path("noteId").asText()).isNotEmpty();
        assertThat(seenByTheHead.events().get(2)).isEqualTo(events.get(2));
        assertThat(seenByTheAppraisee.events()).isEqualTo(events);
    }

    @Test
    void aLaterAppraiserDoesNotInheritWhatWasSaidInConfidenceBeforeThem() {
        UUID nextAppraiser = UUID.randomUUID();
        started();
        recorded(appraiser, new EvidenceReferenced(appraisal, oakfield, UUID.randomUUID(),
                ConfidentialText.of("Occupational health letter"), ConfidentialText.of("HR file"), true, day));
        recorded(headteacher, json.createObjectNode().put("appraiserId", nextAppraiser.toString()), "AppraiserChanged");

        JsonNode seen = confidential.asSeenBy(history(), reader(nextAppraiser), false).events().get(1).payload();

        assertThat(seen.has("description")).isFalse();
        assertThat(seen.has("reference")).isFalse();
        assertThat(seen.path("withheld").asBoolean()).isTrue();
    }

    @Test
    void aPayRecommendationShowsToTheAppraiseeAndThoseWithThePayPermissionOnly() {
        started();
        recorded(appraiser, new AppraisalReportIssued(appraisal, oakfield, PersonalText.of("A strong year"),
                new PayRecommendation(true, PersonalText.of("All met")), day));

        AggregateHistoryView seenByTheAppraiser = confidential.asSeenBy(history(), reader(appraiser), false);
        AggregateHistoryView seenWithPay = confidential.asSeenBy(history(), reader(headteacher), true);
        AggregateHistoryView seenByTheAppraisee = confidential.asSeenBy(history(), reader(appraisee), false);

        JsonNode report = seenByTheAppraiser.events().get(1).payload();
        assertThat(report.has("payRecommendation")).isFalse();
        assertThat(report.path("summary").asText()).isEqualTo("A strong year");
        assertThat(report.path("withheld").asBoolean()).isTrue();
        assertThat(confidential.showsPay(seenByTheAppraiser)).isFalse();
        assertThat(seenWithPay.events()).isEqualTo(events);
        assertThat(confidential.showsPay(seenWithPay)).isTrue();
        assertThat(seenByTheAppraisee.events()).isEqualTo(events);
    }

    @Test
    void aReportWithoutAPayRecommendationWithholdsNothing() {
        started();
        recorded(appraiser, new AppraisalReportIssued(appraisal, oakfield, PersonalText.of("A strong year"), null,
                day));

        AggregateHistoryView seen = confidential.asSeenBy(history(), reader(headteacher), false);

        assertThat(seen.events()).isEqualTo(events);
        assertThat(confidential.showsPay(seen)).isFalse();
    }

    private void started() {
        recorded(headteacher, json.createObjectNode().put("appraisalId", appraisal.toString())
                .put("appraiseeId", appraisee.toString()).put("appraiserId", appraiser.toString()), "AppraisalStarted");
    }

    private Object note(String text, boolean inConfidence) {
        return new dev.heartwood.appraisal.api.ProgressNoteAdded(appraisal, oakfield, UUID.randomUUID(),
                ConfidentialText.of(text), inConfidence, day);
    }

    /** An event as the history shows it: its fields as JSON, named by its simple name. */
    private void recorded(UUID actor, Object event) {
        recorded(actor, json.valueToTree(event), event.getClass().getSimpleName());
    }

    private void recorded(UUID actor, JsonNode payload, String type) {
        events.add(new RecordedEvent(events.size(), events.size(), Instant.parse("2026-02-03T09:00:00Z"), type, "1",
                payload, new Cause(actor.toString(), null, oakfield.toString(), null, null, null, null, null)));
    }

    private AggregateHistoryView history() {
        return new AggregateHistoryView(appraisal.toString(), "Appraisal", List.copyOf(events));
    }

    private Access reader(UUID staffId) {
        return new Access(staffId, false, List.of(new Access.Self(staffId, oakfield.value(), null, "TEACHER")),
                List.of());
    }
}
