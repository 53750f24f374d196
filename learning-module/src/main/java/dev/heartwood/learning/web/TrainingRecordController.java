package dev.heartwood.learning.web;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.learning.api.ExemptFromTraining;
import dev.heartwood.learning.api.RecordTrainingCompletion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's completions of required training and their exemptions; each answers 204, and sending the same one
 * again records nothing.
 */
@RestController
@Tag(name = "Training")
@RequestMapping("/api/staff/{staffId}")
class TrainingRecordController {

    private final Commands commands;

    TrainingRecordController(Commands commands) {
        this.commands = commands;
    }

    record TrainingCompletionRequest(@NotNull UUID requirementId, @NotNull LocalDate completedOn,
                                     @NotBlank @Size(max = 200) String provider,
                                     @Size(max = 200) String certificateReference) {
    }

    record TrainingExemptionRequest(@NotNull UUID requirementId, @NotBlank @Size(max = 2000) String reason,
                                    @NotNull LocalDate from, @NotNull LocalDate until) {
    }

    @Operation(summary = "Record that a person completed a piece of required training")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/training-completions")
    ResponseEntity<Void> complete(@PathVariable UUID staffId,
                                  @Valid @RequestBody TrainingCompletionRequest request) {
        commands.send(new RecordTrainingCompletion(new StaffId(staffId), new RequirementId(request.requirementId()),
                request.completedOn(), request.provider(), request.certificateReference()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Exempt a person from a requirement for a period, with the reason")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/training-exemptions")
    ResponseEntity<Void> exempt(@PathVariable UUID staffId, @Valid @RequestBody TrainingExemptionRequest request) {
        commands.send(new ExemptFromTraining(new StaffId(staffId), new RequirementId(request.requirementId()),
                PersonalText.of(request.reason()), request.from(), request.until()));
        return ResponseEntity.noContent().build();
    }
}
