package dev.heartwood.appraisal.web;

import dev.heartwood.appraisal.api.AddSchoolPriority;
import dev.heartwood.appraisal.api.RegisterSchool;
import dev.heartwood.appraisal.api.RegisterStaffMember;
import dev.heartwood.appraisal.api.RegisterTrust;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.EmailAddresses;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;

/** Trusts, schools, their priorities and their staff joining. */
@RestController
@Tag(name = "Directory")
class SchoolController {

    private final Commands commands;

    SchoolController(Commands commands) {
        this.commands = commands;
    }

    record RegisterTrustRequest(@NotNull UUID trustId, @NotBlank @Size(max = 200) String name) {
    }

    record RegisterSchoolRequest(@NotNull UUID schoolId, UUID trustId, @NotBlank @Size(max = 200) String name,
                                 @NotNull SchoolType type) {
    }

    record AddPriorityRequest(@NotNull UUID priorityId,
                              @NotNull @Schema(type = "string", example = "2025/26") AcademicYear academicYear,
                              @NotBlank @Size(max = 500) String title) {
    }

    record RegisterStaffMemberRequest(@NotNull UUID staffId, @Size(max = 100) String externalId,
                                      @NotBlank @Size(max = 200) String name,
                                      @NotBlank @Email @Size(max = 320)
                                      @Pattern(regexp = EmailAddresses.PLAIN, message = EmailAddresses.NOT_PLAIN) String email,
                                      @NotNull StaffCategory category, @NotNull LocalDate startDate,
                                      @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
                                      @Digits(integer = 1, fraction = 3) BigDecimal fte) {
    }

    @Operation(summary = "Register a multi-academy trust")
    @Allowed({})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/trusts")
    ResponseEntity<Void> registerTrust(@Valid @RequestBody RegisterTrustRequest request) {
        commands.send(new RegisterTrust(new TrustId(request.trustId()), request.name()));
        return Created.at("/api/trusts/{trustId}", request.trustId());
    }

    @Operation(summary = "Register a school, in a trust or standalone")
    @Allowed({})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/schools")
    ResponseEntity<Void> register(@Valid @RequestBody RegisterSchoolRequest request) {
        commands.send(new RegisterSchool(new SchoolId(request.schoolId()),
                request.trustId() == null ? null : new TrustId(request.trustId()), request.name(), request.type()));
        return Created.at("/api/schools/{schoolId}", request.schoolId());
    }

    @Operation(summary = "Add a school improvement priority for an academic year")
    @Allowed(Audience.SCHOOL_LEADER)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/schools/{schoolId}/priorities")
    ResponseEntity<Void> addPriority(@PathVariable UUID schoolId, @Valid @RequestBody AddPriorityRequest request) {
        commands.sendTo(schoolId, SCHOOL_NOT_FOUND, new AddSchoolPriority(new SchoolId(schoolId),
                new PriorityId(request.priorityId()), request.academicYear(), request.title()));
        return Created.at("/api/schools/{schoolId}/priorities/{priorityId}", schoolId, request.priorityId());
    }

    @Operation(summary = "Register a member of a school's staff")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/schools/{schoolId}/staff")
    ResponseEntity<Void> registerStaffMember(@PathVariable UUID schoolId,
                                             @Valid @RequestBody RegisterStaffMemberRequest request) {
        commands.send(new RegisterStaffMember(new StaffId(request.staffId()), new SchoolId(schoolId),
                request.externalId(), PersonalText.of(request.name()), PersonalText.of(request.email()),
                request.category(), request.startDate(), request.fte()));
        return Created.at("/api/staff/{staffId}", request.staffId());
    }
}
