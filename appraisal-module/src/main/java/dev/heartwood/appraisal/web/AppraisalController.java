package dev.heartwood.appraisal.web;

import dev.heartwood.appraisal.api.AppraisalErrorCode;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.StartAppraisal;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.StaffId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/appraisals")
class AppraisalController {

    private final CommandGateway commands;

    AppraisalController(CommandGateway commands) {
        this.commands = commands;
    }

    record StartAppraisalRequest(@NotNull UUID appraisalId, @NotNull UUID appraiseeId, @NotNull UUID appraiserId,
                                 @NotNull @Schema(type = "string", example = "2025/26") AcademicYear academicYear) {
    }

    record SetObjectiveRequest(@NotNull UUID objectiveId, @NotBlank @Size(max = 500) String title,
                               @NotBlank @Size(max = 2000) String successCriteria) {
    }

    @Operation(summary = "Start a person's appraisal for an academic year, with their appraiser")
    @PostMapping
    ResponseEntity<Void> start(@Valid @RequestBody StartAppraisalRequest request) {
        commands.sendAndWait(new StartAppraisal(new AppraisalId(request.appraisalId()),
                new StaffId(request.appraiseeId()), new StaffId(request.appraiserId()), request.academicYear()));
        return Created.at("/api/appraisals/{appraisalId}", request.appraisalId());
    }

    @Operation(summary = "Set an objective on an appraisal")
    @PostMapping("/{appraisalId}/objectives")
    ResponseEntity<Void> setObjective(@PathVariable UUID appraisalId,
                                      @Valid @RequestBody SetObjectiveRequest request) {
        try {
            commands.sendAndWait(new SetObjective(new AppraisalId(appraisalId),
                    new ObjectiveId(request.objectiveId()), PersonalText.of(request.title()),
                    PersonalText.of(request.successCriteria())));
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            // the second: the identifier belongs to something else, such as a staff member
            throw new DomainRuleViolation(AppraisalErrorCode.APPRAISAL_NOT_FOUND,
                    "No appraisal " + appraisalId + " exists");
        }
        return Created.at("/api/appraisals/{appraisalId}/objectives/{objectiveId}", appraisalId,
                request.objectiveId());
    }
}
