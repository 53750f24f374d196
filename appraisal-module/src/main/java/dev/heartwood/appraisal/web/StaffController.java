package dev.heartwood.appraisal.web;

import dev.heartwood.appraisal.api.AssignLineManager;
import dev.heartwood.appraisal.api.AssignStaffRole;
import dev.heartwood.appraisal.api.ChangeStaffCategory;
import dev.heartwood.appraisal.api.ChangeStaffDetails;
import dev.heartwood.appraisal.api.ChangeStaffFte;
import dev.heartwood.appraisal.api.RecordStaffLeaving;
import dev.heartwood.appraisal.api.RemoveStaffRole;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.kernel.EmailAddresses;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;

/**
 * Changes to a member of staff. Each PUT states how things now stand, so sending it again changes nothing;
 * each answers 204.
 */
@RestController
@Tag(name = "Directory")
@RequestMapping("/api/staff/{staffId}")
class StaffController {

    private final Commands commands;

    StaffController(Commands commands) {
        this.commands = commands;
    }

    record DetailsRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320)
                          @Pattern(regexp = EmailAddresses.PLAIN, message = EmailAddresses.NOT_PLAIN) String email) {
    }

    record CategoryRequest(@NotNull StaffCategory category, @NotNull LocalDate from) {
    }

    record FteRequest(@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
                      @Digits(integer = 1, fraction = 3) BigDecimal fte,
                      @NotNull LocalDate from) {
    }

    record RoleRequest(@NotNull Boolean held, @NotNull LocalDate from) {
    }

    record LineManagerRequest(@NotNull UUID lineManagerId, @NotNull LocalDate from) {
    }

    record LeavingRequest(@NotNull LocalDate leaveDate) {
    }

    @Operation(summary = "Correct a person's name or e-mail address")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PutMapping("/details")
    ResponseEntity<Void> details(@PathVariable UUID staffId, @Valid @RequestBody DetailsRequest request) {
        return send(staffId, new ChangeStaffDetails(new StaffId(staffId), PersonalText.of(request.name()),
                PersonalText.of(request.email())));
    }

    @Operation(summary = "Change a person's staff category from a date")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PutMapping("/category")
    ResponseEntity<Void> category(@PathVariable UUID staffId, @Valid @RequestBody CategoryRequest request) {
        return send(staffId, new ChangeStaffCategory(new StaffId(staffId), request.category(), request.from()));
    }

    @Operation(summary = "Change a person's full-time equivalent from a date")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PutMapping("/fte")
    ResponseEntity<Void> fte(@PathVariable UUID staffId, @Valid @RequestBody FteRequest request) {
        return send(staffId, new ChangeStaffFte(new StaffId(staffId), request.fte(), request.from()));
    }

    @Operation(summary = "Give a person a role (held: true) or take it away (held: false) from a date")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PutMapping("/roles/{role}")
    ResponseEntity<Void> role(@PathVariable UUID staffId, @PathVariable StaffRole role,
                              @Valid @RequestBody RoleRequest request) {
        StaffId id = new StaffId(staffId);
        return send(staffId, request.held()
                ? new AssignStaffRole(id, role, request.from())
                : new RemoveStaffRole(id, role, request.from()));
    }

    @Operation(summary = "Set a person's line manager from a date")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PutMapping("/line-manager")
    ResponseEntity<Void> lineManager(@PathVariable UUID staffId, @Valid @RequestBody LineManagerRequest request) {
        return send(staffId, new AssignLineManager(new StaffId(staffId), new StaffId(request.lineManagerId()),
                request.from()));
    }

    @Operation(summary = "Record the day a person leaves the school (their last day)")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PutMapping("/leaving")
    ResponseEntity<Void> leaving(@PathVariable UUID staffId, @Valid @RequestBody LeavingRequest request) {
        return send(staffId, new RecordStaffLeaving(new StaffId(staffId), request.leaveDate()));
    }

    private ResponseEntity<Void> send(UUID staffId, Object command) {
        return commands.change(staffId, STAFF_MEMBER_NOT_FOUND, command);
    }
}
