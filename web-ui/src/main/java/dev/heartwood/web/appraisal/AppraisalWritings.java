package dev.heartwood.web.appraisal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.AppraiserChanged;
import dev.heartwood.appraisal.api.ClosingStep;
import dev.heartwood.appraisal.api.DevelopmentNeedIdentified;
import dev.heartwood.appraisal.api.EvidenceReferenced;
import dev.heartwood.appraisal.api.MidYearReviewHeld;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.ObjectivesDisagreementRecorded;
import dev.heartwood.appraisal.api.PayRecommendation;
import dev.heartwood.appraisal.api.ProgressNoteAdded;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.SelfReviewSubmitted;
import dev.heartwood.appraisal.api.Standard;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.ConfidentialText;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.reporting.api.AggregateHistoryView;
import dev.heartwood.reporting.api.AggregateHistoryView.RecordedEvent;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What has been written in an appraisal, and its history, read from its events as one reader may see them. A
 * confidential note or reference to evidence shows its text to its author and to the parties as they were when it was
 * written (the appraisee, and the appraiser of that moment); a pay recommendation shows to the appraisee and to those
 * the pay permission covers. These are the rules the API's answer of an appraisal's history keeps; the history lines
 * carry no free text at all.
 */
final class AppraisalWritings {

    /** The package of the appraisal module's events, which an appraisal's history names by their simple names. */
    private static final String EVENTS = AppraisalStarted.class.getPackageName();
    private static final Map<String, String> WORDS = Map.of(
            "MidYearReviewHeld", "Mid-year review held",
            "ObjectivesDisagreementRecorded", "Disagreement with the objectives recorded",
            "AppraisalReportIssued", "Report issued",
            "ReviewSignedOff", "Report signed off");

    private final Reader reader;
    private final boolean holdsPay;
    private final People people;

    private UUID appraiseeId;
    private UUID appraiserId;
    private String framework;
    private List<Standard> standards = List.of();
    private boolean asksForPay;
    private final List<Writing> notes = new ArrayList<>();
    private final List<Writing> evidence = new ArrayList<>();
    private final Map<UUID, Writing> outcomes = new HashMap<>();
    private final Map<UUID, Writing> withdrawals = new HashMap<>();
    private final Map<AppraisalParty, Writing> agreements = new EnumMap<>(AppraisalParty.class);
    private final List<Writing> disagreements = new ArrayList<>();
    private Writing midYearReview;
    private Writing selfReview;
    private final List<Writing> developmentNeeds = new ArrayList<>();
    /** The report and the sign-offs: what a reopening takes back. */
    private final Map<ClosingStep, Writing> closing = new EnumMap<>(ClosingStep.class);
    private Pay pay;
    private final List<HistoryLine> history = new ArrayList<>();

    private AppraisalWritings(Reader reader, boolean holdsPay, People people) {
        this.reader = reader;
        this.holdsPay = holdsPay;
        this.people = people;
    }

    /**
     * @param holdsPay whether the reader holds the pay permission for the appraisal's school or trust
     */
    static AppraisalWritings read(AggregateHistoryView history, Reader reader, boolean holdsPay, People people,
                                  ObjectMapper json) {
        AppraisalWritings writings = new AppraisalWritings(reader, holdsPay, people);
        for (RecordedEvent recorded : history.events()) {
            Optional<Object> event = typed(recorded, json);
            event.ifPresent(known -> writings.apply(known, recorded));
            writings.history.add(writings.line(recorded, event.flatMap(AppraisalWritings::happenedOn)));
        }
        return writings;
    }

    private void apply(Object event, RecordedEvent recorded) {
        String author = recorded.cause().actorId();
        if (event instanceof AppraisalStarted started) {
            appraiseeId = started.appraiseeId().value();
            appraiserId = started.appraiserId().value();
            framework = started.framework().name();
            standards = started.framework().standards();
            asksForPay = started.payPolicy().asksForPayRecommendation();
        } else if (event instanceof AppraiserChanged changed) {
            appraiserId = changed.appraiserId().value();
        } else if (event instanceof ProgressNoteAdded note) {
            notes.add(confidential(note.addedOn(), author, note.note(), null, note.confidential()));
        } else if (event instanceof EvidenceReferenced referenced) {
            evidence.add(confidential(referenced.referencedOn(), author, referenced.description(),
                    referenced.reference(), referenced.confidential()));
        } else if (event instanceof ObjectiveSet || event instanceof ObjectiveRevised) {
            // as the appraisal itself does: a change to the objectives needs agreeing again
            agreements.clear();
        } else if (event instanceof ObjectivesAgreed agreed) {
            agreements.put(agreed.party(), Writing.of(agreed.agreedOn(), partyWords(agreed.party()), null));
        } else if (event instanceof ObjectivesDisagreementRecorded disagreement) {
            disagreements.add(Writing.of(disagreement.recordedOn(), partyWords(disagreement.party()),
                    disagreement.statement().text()));
        } else if (event instanceof ObjectiveWithdrawn withdrawn) {
            withdrawals.put(withdrawn.objectiveId().value(), Writing.of(withdrawn.withdrawnOn(), null,
                    withdrawn.reason().text()));
        } else if (event instanceof ObjectiveOutcomeRecorded outcome) {
            outcomes.put(outcome.objectiveId().value(), Writing.of(outcome.recordedOn(), null,
                    text(outcome.comment())));
        } else if (event instanceof MidYearReviewHeld review) {
            midYearReview = Writing.of(review.heldOn(), null, text(review.summary()));
        } else if (event instanceof SelfReviewSubmitted review) {
            selfReview = Writing.of(review.submittedOn(), null, review.reflection().text());
        } else if (event instanceof DevelopmentNeedIdentified need) {
            developmentNeeds.add(Writing.of(need.identifiedOn(), null, need.description().text()));
        } else if (event instanceof AppraisalReportIssued issued) {
            closing.put(ClosingStep.REPORT_ISSUED, Writing.of(issued.issuedOn(), null, issued.summary().text()));
            pay = pay(issued.payRecommendation());
        } else if (event instanceof ReviewSignedOff signOff) {
            closing.put(ClosingStep.signOffBy(signOff.party()), Writing.of(signOff.signedOn(),
                    partyWords(signOff.party()), text(signOff.comment())));
        } else if (event instanceof AppraisalReopened) {
            closing.clear();
            pay = null;
        }
    }

    private Writing confidential(LocalDate on, String author, ConfidentialText text, ConfidentialText reference,
                                 boolean confidential) {
        boolean party = reader.is(author) || reader.is(appraiseeId) || reader.is(appraiserId);
        boolean withheld = confidential && !party;
        return new Writing(on, author == null ? null : people.nameOf(UUID.fromString(author)),
                withheld ? null : text.text(), withheld || reference == null ? null : reference.text(), confidential,
                withheld);
    }

    private Pay pay(PayRecommendation recommendation) {
        if (recommendation == null) {
            return null;
        }
        boolean seen = holdsPay || reader.is(appraiseeId);
        return new Pay(seen && recommendation.progression(), seen ? recommendation.rationale().text() : null, !seen);
    }

    private HistoryLine line(RecordedEvent recorded, Optional<LocalDate> happenedOn) {
        String what = WORDS.getOrDefault(recorded.type(), words(recorded.type()));
        String party = recorded.payload().path("party").asText("");
        if (!party.isEmpty()) {
            what += " (" + party.toLowerCase() + ")";
        }
        if (recorded.payload().path("confidential").asBoolean()) {
            what += " (confidential)";
        }
        return new HistoryLine(what, happenedOn.orElse(null), recorded.recordedAt().atZone(SchoolTime.DEFAULT_ZONE),
                who(recorded.cause()));
    }

    private String who(AggregateHistoryView.Cause cause) {
        if ("ADMINISTRATOR".equals(cause.actorRole())) {
            return "An administrator";
        }
        if (cause.actorId() == null) {
            return "Heartwood";
        }
        String role = reader.is(cause.actorId()) ? "you" : cause.actorId().equals(String.valueOf(appraiseeId))
                ? "appraisee" : cause.actorRole() == null ? null : cause.actorRole().toLowerCase().replace('_', ' ');
        String name = people.nameOf(UUID.fromString(cause.actorId()));
        return role == null ? name : name + " (" + role + ")";
    }

    /** "ObjectiveSet" as "Objective set". */
    private static String words(String type) {
        String spaced = type.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        return spaced.charAt(0) + spaced.substring(1).toLowerCase();
    }

    private static String partyWords(AppraisalParty party) {
        return "The " + party.name().toLowerCase();
    }

    private static String text(PersonalText text) {
        return text == null ? null : text.text();
    }

    /** The event as the appraisal module's own record, when it is one of its events. */
    private static Optional<Object> typed(RecordedEvent recorded, ObjectMapper json) {
        try {
            return Optional.of(json.treeToValue(recorded.payload(), Class.forName(EVENTS + "." + recorded.type())));
        } catch (ClassNotFoundException | JsonProcessingException unknown) {
            return Optional.empty();
        }
    }

    /** The day the event says its step happened, for an event that records one. */
    private static Optional<LocalDate> happenedOn(Object event) {
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.isAnnotationPresent(HappenedOn.class)) {
                try {
                    return Optional.ofNullable((LocalDate) component.getAccessor().invoke(event));
                } catch (IllegalAccessException | InvocationTargetException unreadable) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    UUID appraiseeId() {
        return appraiseeId;
    }

    String framework() {
        return framework;
    }

    List<Standard> standards() {
        return standards;
    }

    boolean asksForPay() {
        return asksForPay;
    }

    List<Writing> notes() {
        return notes;
    }

    List<Writing> evidence() {
        return evidence;
    }

    Map<UUID, Writing> outcomes() {
        return outcomes;
    }

    Map<UUID, Writing> withdrawals() {
        return withdrawals;
    }

    Map<AppraisalParty, Writing> agreements() {
        return agreements;
    }

    List<Writing> disagreements() {
        return disagreements;
    }

    Writing midYearReview() {
        return midYearReview;
    }

    Writing selfReview() {
        return selfReview;
    }

    List<Writing> developmentNeeds() {
        return developmentNeeds;
    }

    Writing report() {
        return closing.get(ClosingStep.REPORT_ISSUED);
    }

    Pay pay() {
        return pay;
    }

    Writing signOff(AppraisalParty party) {
        return closing.get(ClosingStep.signOffBy(party));
    }

    /** The newest first. */
    List<HistoryLine> history() {
        List<HistoryLine> newestFirst = new ArrayList<>(history);
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}
