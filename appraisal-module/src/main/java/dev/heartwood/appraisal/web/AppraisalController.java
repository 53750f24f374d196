package dev.heartwood.appraisal.web;

import dev.heartwood.appraisal.api.AgreeObjectives;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.ChangeAppraiser;
import dev.heartwood.appraisal.api.CommunicateStandards;
import dev.heartwood.appraisal.api.RecordObjectivesDisagreement;
import dev.heartwood.appraisal.api.ReviseObjective;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.StartAppraisal;
import dev.heartwood.appraisal.api.WithdrawObjective;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_NOT_FOUND;

/** Starting an appraisal, its appraiser, and setting and agreeing its objectives. */
@RestController
@Tag(name = "Appraisals")
class AppraisalController {

    private final Commands commands;

    AppraisalController(Commands commands) {
        this.commands = commands;
    }

    record StartAppraisalRequest(@NotNull UUID appraisalId, @NotNull UUID appraiseeId, @NotNull UUID appraiserId) {
    }

    record AppraiserRequest(@NotNull UUID appraiserId, LocalDate on) {
    }

    /** Standards by their codes (such as TS3); priorities by the identifiers the school gave them. */
    record ObjectiveRequest(@NotNull UUID objectiveId, @NotBlank @Size(max = 500) String title,
                            @NotBlank @Size(max = 2000) String successCriteria,
                            @Size(max = 20) List<@NotBlank String> standards,
                            @Size(max = 20) List<@NotNull UUID> priorities, LocalDate on) {
    }

    record RevisionRequest(@NotBlank @Size(max = 500) String title, @NotBlank @Size(max = 2000) String successCriteria,
                           @Size(max = 20) List<@NotBlank String> standards,
                           @Size(max = 20) List<@NotNull UUID> priorities,
                           @NotBlank @Size(max = 2000) String reason, LocalDate on) {
    }

    record ReasonRequest(@NotBlank @Size(max = 2000) String reason, LocalDate on) {
    }

    record AgreementRequest(@NotNull AppraisalParty party, LocalDate on) {
    }

    record DisagreementRequest(@NotNull AppraisalParty party, @NotBlank @Size(max = 5000) String statement,
                               LocalDate on) {
    }

    @Operation(summary = "Start a person's appraisal in a cycle, with their appraiser")
    @Allowed(Audience.SCHOOL_LEADER)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/cycles/{cycleId}/appraisals")
    ResponseEntity<Void> start(@PathVariable UUID cycleId, @Valid @RequestBody StartAppraisalRequest request) {
        commands.send(new StartAppraisal(new AppraisalId(request.appraisalId()), new CycleId(cycleId),
                new StaffId(request.appraiseeId()), new StaffId(request.appraiserId())));
        return Created.at("/api/appraisals/{appraisalId}", request.appraisalId());
    }

    @Operation(summary = "Change the appraiser")
    @Allowed({Audience.SCHOOL_LEADER, Audience.GOVERNOR})
    @PutMapping("/api/appraisals/{appraisalId}/appraiser")
    ResponseEntity<Void> changeAppraiser(@PathVariable UUID appraisalId,
                                         @Valid @RequestBody AppraiserRequest request) {
        return done(appraisalId, new ChangeAppraiser(new AppraisalId(appraisalId),
                new StaffId(request.appraiserId()), request.on()));
    }

    @Operation(summary = "Record that the appraisee has been told the standards that apply to them")
    @Allowed(Audience.APPRAISER)
    @PostMapping("/api/appraisals/{appraisalId}/standards-communicated")
    ResponseEntity<Void> standardsCommunicated(@PathVariable UUID appraisalId,
                                               @Valid @RequestBody(required = false) DayRequest request) {
        return done(appraisalId, new CommunicateStandards(new AppraisalId(appraisalId), DayRequest.on(request)));
    }

    @Operation(summary = "Set an objective, linked to standards and school priorities")
    @Allowed(Audience.APPRAISER)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/appraisals/{appraisalId}/objectives")
    ResponseEntity<Void> setObjective(@PathVariable UUID appraisalId, @Valid @RequestBody ObjectiveRequest request) {
        commands.sendTo(appraisalId, APPRAISAL_NOT_FOUND, new SetObjective(new AppraisalId(appraisalId),
                new ObjectiveId(request.objectiveId()), PersonalText.of(request.title()),
                PersonalText.of(request.successCriteria()), orEmpty(request.standards()),
                priorities(request.priorities()), request.on()));
        return Created.at("/api/appraisals/{appraisalId}/objectives/{objectiveId}", appraisalId,
                request.objectiveId());
    }

    @Operation(summary = "Revise an objective, with the reason; it then needs agreeing again")
    @Allowed(Audience.APPRAISER)
    @PutMapping("/api/appraisals/{appraisalId}/objectives/{objectiveId}")
    ResponseEntity<Void> reviseObjective(@PathVariable UUID appraisalId, @PathVariable UUID objectiveId,
                                         @Valid @RequestBody RevisionRequest request) {
        return done(appraisalId, new ReviseObjective(new AppraisalId(appraisalId), new ObjectiveId(objectiveId),
                PersonalText.of(request.title()), PersonalText.of(request.successCriteria()),
                orEmpty(request.standards()), priorities(request.priorities()), PersonalText.of(request.reason()),
                request.on()));
    }

    @Operation(summary = "Withdraw an objective, with the reason")
    @Allowed(Audience.APPRAISER)
    @PostMapping("/api/appraisals/{appraisalId}/objectives/{objectiveId}/withdrawal")
    ResponseEntity<Void> withdrawObjective(@PathVariable UUID appraisalId, @PathVariable UUID objectiveId,
                                           @Valid @RequestBody ReasonRequest request) {
        return done(appraisalId, new WithdrawObjective(new AppraisalId(appraisalId), new ObjectiveId(objectiveId),
                PersonalText.of(request.reason()), request.on()));
    }

    @Operation(summary = "Agree the objectives as they stand, as appraisee or appraiser")
    @Allowed({Audience.SELF, Audience.APPRAISER})
    @PostMapping("/api/appraisals/{appraisalId}/agreements")
    ResponseEntity<Void> agree(@PathVariable UUID appraisalId, @Valid @RequestBody AgreementRequest request) {
        return done(appraisalId, new AgreeObjectives(new AppraisalId(appraisalId), request.party(), request.on()));
    }

    @Operation(summary = "Record a disagreement with the objectives in writing")
    @Allowed(Audience.SELF)
    @PostMapping("/api/appraisals/{appraisalId}/disagreements")
    ResponseEntity<Void> disagree(@PathVariable UUID appraisalId, @Valid @RequestBody DisagreementRequest request) {
        return done(appraisalId, new RecordObjectivesDisagreement(new AppraisalId(appraisalId), request.party(),
                PersonalText.of(request.statement()), request.on()));
    }

    private ResponseEntity<Void> done(UUID appraisalId, Object command) {
        return commands.change(appraisalId, APPRAISAL_NOT_FOUND, command);
    }

    private static List<String> orEmpty(List<String> standards) {
        return standards == null ? List.of() : standards;
    }

    private static List<PriorityId> priorities(List<UUID> priorities) {
        return priorities == null ? List.of() : priorities.stream().map(PriorityId::new).toList();
    }
}
