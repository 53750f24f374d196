package dev.heartwood.appraisal.web;

import dev.heartwood.appraisal.api.AddProgressNote;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.CompleteAppraisal;
import dev.heartwood.appraisal.api.HoldFinalReview;
import dev.heartwood.appraisal.api.HoldMidYearReview;
import dev.heartwood.appraisal.api.IdentifyDevelopmentNeed;
import dev.heartwood.appraisal.api.IssueAppraisalReport;
import dev.heartwood.appraisal.api.ObjectiveOutcome;
import dev.heartwood.appraisal.api.PayRecommendation;
import dev.heartwood.appraisal.api.RecordObjectiveOutcome;
import dev.heartwood.appraisal.api.ReferenceEvidence;
import dev.heartwood.appraisal.api.ReopenAppraisal;
import dev.heartwood.appraisal.api.SignOffReview;
import dev.heartwood.appraisal.api.SubmitSelfReview;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ConfidentialText;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_NOT_FOUND;

/** The year of an appraisal after its objectives: progress, reviews, outcomes, the report and sign-off. */
@RestController
@Tag(name = "Appraisals")
@RequestMapping("/api/appraisals/{appraisalId}")
class AppraisalReviewController {

    private final Commands commands;

    AppraisalReviewController(Commands commands) {
        this.commands = commands;
    }

    record NoteRequest(@NotNull UUID noteId, @NotBlank @Size(max = 5000) String note, boolean confidential) {
    }

    /** A reference to evidence held elsewhere (a location or link), never the evidence itself. */
    record EvidenceRequest(@NotNull UUID evidenceId, @NotBlank @Size(max = 1000) String description,
                           @NotBlank @Size(max = 1000) String reference, boolean confidential) {
    }

    record MeetingRequest(@NotNull LocalDate heldOn, @Size(max = 5000) String summary) {
    }

    record SelfReviewRequest(@NotBlank @Size(max = 10000) String reflection, LocalDate on) {
    }

    record OutcomeRequest(@NotNull ObjectiveOutcome outcome, @Size(max = 5000) String comment, LocalDate on) {
    }

    record NeedRequest(@NotNull UUID needId, @NotBlank @Size(max = 2000) String description, LocalDate on) {
    }

    record PayRecommendationRequest(@NotNull Boolean progression, @NotBlank @Size(max = 5000) String rationale) {
    }

    record ReportRequest(@NotBlank @Size(max = 20000) String summary, @Valid PayRecommendationRequest payRecommendation,
                         LocalDate on) {
    }

    record SignOffRequest(@NotNull AppraisalParty party, @Size(max = 5000) String comment, LocalDate on) {
    }

    record ReopeningRequest(@NotBlank @Size(max = 2000) String reason, LocalDate on) {
    }

    @Operation(summary = "Add a progress note (confidential: seen by appraisee and appraiser only)")
    @Allowed({Audience.SELF, Audience.APPRAISER})
    @PostMapping("/notes")
    ResponseEntity<Void> note(@PathVariable UUID appraisalId, @Valid @RequestBody NoteRequest request) {
        return done(appraisalId, new AddProgressNote(id(appraisalId), request.noteId(),
                ConfidentialText.of(request.note()), request.confidential()));
    }

    @Operation(summary = "Reference evidence of progress held elsewhere")
    @Allowed({Audience.SELF, Audience.APPRAISER})
    @PostMapping("/evidence")
    ResponseEntity<Void> evidence(@PathVariable UUID appraisalId, @Valid @RequestBody EvidenceRequest request) {
        return done(appraisalId, new ReferenceEvidence(id(appraisalId), request.evidenceId(),
                ConfidentialText.of(request.description()), ConfidentialText.of(request.reference()),
                request.confidential()));
    }

    @Operation(summary = "Record the mid-year review")
    @Allowed(Audience.APPRAISER)
    @PostMapping("/mid-year-review")
    ResponseEntity<Void> midYearReview(@PathVariable UUID appraisalId, @Valid @RequestBody MeetingRequest request) {
        return done(appraisalId, new HoldMidYearReview(id(appraisalId), request.heldOn(), text(request.summary())));
    }

    @Operation(summary = "Submit the appraisee's self-review")
    @Allowed(Audience.SELF)
    @PostMapping("/self-review")
    ResponseEntity<Void> selfReview(@PathVariable UUID appraisalId, @Valid @RequestBody SelfReviewRequest request) {
        return done(appraisalId, new SubmitSelfReview(id(appraisalId), PersonalText.of(request.reflection()),
                request.on()));
    }

    @Operation(summary = "Record the final review; the objectives are then fixed")
    @Allowed(Audience.APPRAISER)
    @PostMapping("/final-review")
    ResponseEntity<Void> finalReview(@PathVariable UUID appraisalId, @Valid @RequestBody MeetingRequest request) {
        return done(appraisalId, new HoldFinalReview(id(appraisalId), request.heldOn()));
    }

    @Operation(summary = "Record an objective's outcome at the final review")
    @Allowed(Audience.APPRAISER)
    @PutMapping("/objectives/{objectiveId}/outcome")
    ResponseEntity<Void> outcome(@PathVariable UUID appraisalId, @PathVariable UUID objectiveId,
                                 @Valid @RequestBody OutcomeRequest request) {
        return done(appraisalId, new RecordObjectiveOutcome(id(appraisalId), new ObjectiveId(objectiveId),
                request.outcome(), text(request.comment()), request.on()));
    }

    @Operation(summary = "Identify a development need that professional learning can meet")
    @Allowed(Audience.APPRAISER)
    @PostMapping("/development-needs")
    ResponseEntity<Void> developmentNeed(@PathVariable UUID appraisalId, @Valid @RequestBody NeedRequest request) {
        return done(appraisalId, new IdentifyDevelopmentNeed(id(appraisalId), new DevelopmentNeedId(request.needId()),
                PersonalText.of(request.description()), request.on()));
    }

    @Operation(summary = "Issue the written report, with a pay recommendation only where the pay policy asks")
    @Allowed(Audience.APPRAISER)
    @PostMapping("/report")
    ResponseEntity<Void> report(@PathVariable UUID appraisalId, @Valid @RequestBody ReportRequest request) {
        PayRecommendationRequest pay = request.payRecommendation();
        return done(appraisalId, new IssueAppraisalReport(id(appraisalId), PersonalText.of(request.summary()),
                pay == null ? null : new PayRecommendation(pay.progression(), PersonalText.of(pay.rationale())),
                request.on()));
    }

    @Operation(summary = "Sign off the review, as appraisee or appraiser")
    @Allowed({Audience.SELF, Audience.APPRAISER})
    @PostMapping("/sign-offs")
    ResponseEntity<Void> signOff(@PathVariable UUID appraisalId, @Valid @RequestBody SignOffRequest request) {
        return done(appraisalId, new SignOffReview(id(appraisalId), request.party(), text(request.comment()),
                request.on()));
    }

    @Operation(summary = "Complete the appraisal once both have signed off")
    @Allowed({Audience.APPRAISER, Audience.SCHOOL_LEADER})
    @PostMapping("/completion")
    ResponseEntity<Void> complete(@PathVariable UUID appraisalId,
                                  @Valid @RequestBody(required = false) DayRequest request) {
        return done(appraisalId, new CompleteAppraisal(id(appraisalId), DayRequest.on(request)));
    }

    @Operation(summary = "Reopen a completed appraisal (headteacher or trust leader), with the reason")
    @Allowed(Audience.SCHOOL_LEADER)
    @PostMapping("/reopening")
    ResponseEntity<Void> reopen(@PathVariable UUID appraisalId, @Valid @RequestBody ReopeningRequest request) {
        return done(appraisalId, new ReopenAppraisal(id(appraisalId), PersonalText.of(request.reason()),
                request.on()));
    }

    private ResponseEntity<Void> done(UUID appraisalId, Object command) {
        return commands.change(appraisalId, APPRAISAL_NOT_FOUND, command);
    }

    private static AppraisalId id(UUID appraisalId) {
        return new AppraisalId(appraisalId);
    }

    private static PersonalText text(String optional) {
        return optional == null ? null : PersonalText.of(optional);
    }
}
