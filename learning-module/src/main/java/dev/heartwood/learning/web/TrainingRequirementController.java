package dev.heartwood.learning.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.learning.api.AdoptStandardTrainingSet;
import dev.heartwood.learning.api.AdoptedRequirement;
import dev.heartwood.learning.api.AmendTrainingRequirement;
import dev.heartwood.learning.api.DefineTrainingRequirement;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.TrainingAudience;
import dev.heartwood.learning.api.TrainingCategory;
import dev.heartwood.learning.api.WithdrawTrainingRequirement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import static dev.heartwood.learning.api.TrainingErrorCode.REQUIREMENT_NOT_FOUND;

/** The mandatory training a school or trust requires: defined one by one or as the standard set, then amended. */
@RestController
@Tag(name = "Training")
class TrainingRequirementController {

    private final Commands commands;

    TrainingRequirementController(Commands commands) {
        this.commands = commands;
    }

    /**
     * Whom it applies to: everyone, or one {@code category}, or one {@code role} (at most one of the two).
     *
     * @param warningDays days before a due date from which it is due soon, 30 unless given; the requirement refuses a
     *                    negative one, or one not shorter than its renewal period ({@code warning-period-invalid})
     */
    record TermsRequest(@NotBlank @Size(max = 200) String title, @NotNull TrainingCategory category,
                        StaffCategory appliesToCategory, StaffRole appliesToRole,
                        @NotNull @Min(0) @Max(3650) Integer dueWithinDays,
                        @Min(1) @Max(120) Integer renewalMonths,
                        @Min(0) @Max(365) Integer graceDays,
                        @Max(3650) Integer warningDays,
                        @NotBlank @Size(max = 200) String source) {

        @JsonIgnore // a check, not a field of the request
        @AssertTrue(message = "give a category or a role, not both")
        boolean isOneAudience() {
            return appliesToCategory == null || appliesToRole == null;
        }

        RequirementTerms terms() {
            TrainingAudience audience = appliesToCategory != null ? TrainingAudience.inCategory(appliesToCategory)
                    : appliesToRole != null ? TrainingAudience.holding(appliesToRole)
                    : TrainingAudience.everyone();
            return new RequirementTerms(title, category, audience, dueWithinDays, renewalMonths,
                    graceDays == null ? 0 : graceDays,
                    warningDays == null ? RequirementTerms.DEFAULT_WARNING_DAYS : warningDays, source);
        }
    }

    record DefineRequest(@NotNull UUID requirementId, @NotNull LocalDate effectiveFrom,
                         @NotNull @Valid TermsRequest terms) {
    }

    record AmendRequest(@NotNull LocalDate effectiveFrom, @NotNull @Valid TermsRequest terms) {
    }

    record AdoptRequest(@NotNull LocalDate effectiveFrom) {
    }

    /** @param reason why, for the audit log; optional */
    record WithdrawRequest(@NotNull LocalDate withdrawnFrom, @Size(max = 2000) String reason) {
    }

    @Operation(summary = "Require a piece of training of a school's staff from a date")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/schools/{schoolId}/training-requirements")
    ResponseEntity<Void> defineForSchool(@PathVariable UUID schoolId, @Valid @RequestBody DefineRequest request) {
        return define(request, new SchoolId(schoolId), null);
    }

    @Operation(summary = "Require a piece of training of the staff of every school in a trust from a date")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/trusts/{trustId}/training-requirements")
    ResponseEntity<Void> defineForTrust(@PathVariable UUID trustId, @Valid @RequestBody DefineRequest request) {
        return define(request, null, new TrustId(trustId));
    }

    @Operation(summary = "Adopt the standard requirements for English schools; adopting again creates nothing twice")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/api/schools/{schoolId}/training-requirements/standard-set")
    List<AdoptedRequirement> adoptForSchool(@PathVariable UUID schoolId, @Valid @RequestBody AdoptRequest request) {
        return commands.send(AdoptStandardTrainingSet.forSchool(new SchoolId(schoolId), request.effectiveFrom()));
    }

    @Operation(summary = "Adopt the standard requirements for English schools across a trust")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @PostMapping("/api/trusts/{trustId}/training-requirements/standard-set")
    List<AdoptedRequirement> adoptForTrust(@PathVariable UUID trustId, @Valid @RequestBody AdoptRequest request) {
        return commands.send(AdoptStandardTrainingSet.forTrust(new TrustId(trustId), request.effectiveFrom()));
    }

    @Operation(summary = "Amend a requirement from a date; the earlier terms still apply before it")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PutMapping("/api/training-requirements/{requirementId}")
    ResponseEntity<Void> amend(@PathVariable UUID requirementId, @Valid @RequestBody AmendRequest request) {
        return commands.change(requirementId, REQUIREMENT_NOT_FOUND, new AmendTrainingRequirement(
                new RequirementId(requirementId), request.terms().terms(), request.effectiveFrom()));
    }

    @Operation(summary = "Withdraw a requirement from a date, with the reason for the audit log if one is given")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/api/training-requirements/{requirementId}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable UUID requirementId, @Valid @RequestBody WithdrawRequest request) {
        return commands.change(requirementId, REQUIREMENT_NOT_FOUND,
                new WithdrawTrainingRequirement(new RequirementId(requirementId), request.withdrawnFrom())
                        .because(request.reason()));
    }

    private ResponseEntity<Void> define(DefineRequest request, SchoolId schoolId, TrustId trustId) {
        commands.send(new DefineTrainingRequirement(new RequirementId(request.requirementId()), schoolId, trustId,
                request.terms().terms(), request.effectiveFrom()));
        return Created.at("/api/training-requirements/{requirementId}", request.requirementId());
    }
}
