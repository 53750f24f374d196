package dev.heartwood.appraisal.web;

import dev.heartwood.appraisal.api.AppointExternalAdviser;
import dev.heartwood.appraisal.api.AppointGovernorsPanel;
import dev.heartwood.appraisal.api.ConsultationStage;
import dev.heartwood.appraisal.api.RecordExternalAdviserConsulted;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.StaffId;
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
import java.util.List;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_NOT_FOUND;

/** The governors' side of the headteacher's appraisal: their panel and the external adviser. */
@RestController
@Tag(name = "Appraisals")
@RequestMapping("/api/appraisals/{appraisalId}")
class HeadteacherAppraisalController {

    private final Commands commands;

    HeadteacherAppraisalController(Commands commands) {
        this.commands = commands;
    }

    record PanelRequest(@NotNull @Size(min = 1, max = 10) List<@NotNull UUID> governorIds, @NotNull UUID chairId,
                        LocalDate on) {
    }

    record AdviserRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String organisation,
                          LocalDate on) {
    }

    record ConsultationRequest(@NotNull ConsultationStage stage, @Size(max = 5000) String advice, LocalDate on) {
    }

    @Operation(summary = "Appoint the governors' panel (two or three governors, one the chair)")
    @Allowed({Audience.GOVERNOR, Audience.SCHOOL_LEADER})
    @PutMapping("/governors-panel")
    ResponseEntity<Void> panel(@PathVariable UUID appraisalId, @Valid @RequestBody PanelRequest request) {
        return commands.change(appraisalId, APPRAISAL_NOT_FOUND, new AppointGovernorsPanel(new AppraisalId(appraisalId),
                request.governorIds().stream().map(StaffId::new).toList(), new StaffId(request.chairId()),
                request.on()));
    }

    @Operation(summary = "Appoint the external adviser")
    @Allowed({Audience.GOVERNOR, Audience.SCHOOL_LEADER})
    @PutMapping("/external-adviser")
    ResponseEntity<Void> adviser(@PathVariable UUID appraisalId, @Valid @RequestBody AdviserRequest request) {
        return commands.change(appraisalId, APPRAISAL_NOT_FOUND, new AppointExternalAdviser(
                new AppraisalId(appraisalId), PersonalText.of(request.name()), request.organisation(), request.on()));
    }

    @Operation(summary = "Record that the external adviser was consulted at a stage")
    @Allowed({Audience.GOVERNOR, Audience.SCHOOL_LEADER})
    @PostMapping("/external-adviser/consultations")
    ResponseEntity<Void> consulted(@PathVariable UUID appraisalId, @Valid @RequestBody ConsultationRequest request) {
        return commands.change(appraisalId, APPRAISAL_NOT_FOUND, new RecordExternalAdviserConsulted(
                new AppraisalId(appraisalId), request.stage(),
                request.advice() == null ? null : PersonalText.of(request.advice()), request.on()));
    }
}
