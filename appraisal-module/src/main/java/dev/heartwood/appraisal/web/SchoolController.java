package dev.heartwood.appraisal.web;

import dev.heartwood.appraisal.api.RegisterSchool;
import dev.heartwood.appraisal.api.RegisterStaffMember;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/api/schools")
class SchoolController {

    private final CommandGateway commands;

    SchoolController(CommandGateway commands) {
        this.commands = commands;
    }

    record RegisterSchoolRequest(@NotNull UUID schoolId, UUID trustId, @NotBlank @Size(max = 200) String name,
                                 @NotNull SchoolType type) {
    }

    record RegisterStaffMemberRequest(@NotNull UUID staffId, @NotBlank @Size(max = 200) String name,
                                      @NotBlank @Email @Size(max = 320) String email,
                                      @NotNull StaffCategory category, @NotNull LocalDate startDate,
                                      @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
                                      BigDecimal fte) {
    }

    @Operation(summary = "Register a school")
    @PostMapping
    ResponseEntity<Void> register(@Valid @RequestBody RegisterSchoolRequest request) {
        commands.sendAndWait(new RegisterSchool(new SchoolId(request.schoolId()),
                request.trustId() == null ? null : new TrustId(request.trustId()), request.name(), request.type()));
        return Created.at("/api/schools/{schoolId}", request.schoolId());
    }

    @Operation(summary = "Register a member of a school's staff")
    @PostMapping("/{schoolId}/staff")
    ResponseEntity<Void> registerStaffMember(@PathVariable UUID schoolId,
                                             @Valid @RequestBody RegisterStaffMemberRequest request) {
        commands.sendAndWait(new RegisterStaffMember(new StaffId(request.staffId()), new SchoolId(schoolId),
                PersonalText.of(request.name()), PersonalText.of(request.email()), request.category(),
                request.startDate(), request.fte()));
        return Created.at("/api/staff/{staffId}", request.staffId());
    }
}
