package dev.heartwood.appraisal.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.heartwood.appraisal.api.BulkAppraisals;
import dev.heartwood.appraisal.api.CycleDeadlines;
import dev.heartwood.appraisal.api.ExemptFromAppraisal;
import dev.heartwood.appraisal.api.ExemptionReason;
import dev.heartwood.appraisal.api.OpenAppraisalCycle;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Opening a school's appraisal cycle, exemptions, and the bulk work a school does at the start of a year. */
@RestController
@Tag(name = "Appraisals")
class CycleController {

    private final Commands commands;
    private final BulkAppraisals bulk;

    CycleController(Commands commands, BulkAppraisals bulk) {
        this.commands = commands;
        this.bulk = bulk;
    }

    /**
     * Everything but the year and the pay policy may be left out: September to August, the usual deadlines,
     * the national standards for teachers and the headteacher, a default framework for support staff, and five
     * objectives. Early career teachers serving induction are not appraised, so they need none.
     */
    record OpenCycleRequest(@NotNull UUID cycleId,
                            @NotNull @Schema(type = "string", example = "2025/26") AcademicYear academicYear,
                            LocalDate periodStart, LocalDate periodEnd, @Valid CycleDeadlines deadlines,
                            @NotNull PayPolicy payPolicy,
                            @Schema(description = "standards per staff category, for example a bespoke framework "
                                    + "for SUPPORT_STAFF; teachers and the headteacher default to the national ones, "
                                    + "support staff to a general one")
                            Map<StaffCategory, @Valid StandardsFramework> frameworks,
                            @Min(1) @Max(10) Integer maxObjectives) {
    }

    record AppraisalExemptionRequest(@NotNull UUID appraisalId, @NotNull UUID appraiseeId,
                                     @NotNull ExemptionReason reason, @Size(max = 2000) String note) {
    }

    record BatchRequest(@NotNull UUID batchId) {
    }

    /** The groups of a cycle's people that a bulk objective can be set for, chosen when the request is made. */
    enum ObjectiveGroup {
        /** everyone whose appraisal in the cycle is under way */
        UNDER_WAY,
        /** the school's current staff in one {@code category}, whether or not they have an appraisal */
        CATEGORY,
        /** the appraisees of one appraiser ({@code appraiserId}) whose appraisals are under way */
        APPRAISER
    }

    /** Whom it is for: the people named in {@code staffIds}, or a {@code group} (with its category or appraiser). */
    @Schema(description = "an objective for many: give staffIds or a group, one of the two", example = """
            {"batchId": "6f1c2b9e-3d4a-4e8f-9b1a-2c3d4e5f6a7b", "group": "UNDER_WAY",
             "title": "Raise attainment in reading", "successCriteria": "80% at the expected standard"}""")
    record BulkObjectiveRequest(@NotNull UUID batchId,
                                @Schema(description = "the people to set it for; or name a group instead")
                                @Size(min = 1, max = 2000) List<@NotNull UUID> staffIds,
                                @Schema(description = "a group of the cycle's people to set it for, instead of "
                                        + "staffIds") ObjectiveGroup group,
                                @Schema(description = "the staff category, with the CATEGORY group")
                                StaffCategory category,
                                @Schema(description = "the appraiser, with the APPRAISER group") UUID appraiserId,
                                @NotBlank @Size(max = 500) String title,
                                @NotBlank @Size(max = 2000) String successCriteria,
                                @Size(max = 20) List<@NotBlank String> standards,
                                @Size(max = 20) List<@NotNull UUID> priorities, LocalDate on) {

        @JsonIgnore // a check, not a field of the request
        @AssertTrue(message = "give staffIds or a group, one of the two")
        boolean isWhomChosenOnce() {
            return (staffIds == null) != (group == null);
        }

        @JsonIgnore // a check, not a field of the request
        @AssertTrue(message = "give a category with the CATEGORY group only")
        boolean isCategoryWithItsGroup() {
            return (category != null) == (group == ObjectiveGroup.CATEGORY);
        }

        @JsonIgnore // a check, not a field of the request
        @AssertTrue(message = "give an appraiserId with the APPRAISER group only")
        boolean isAppraiserWithItsGroup() {
            return (appraiserId != null) == (group == ObjectiveGroup.APPRAISER);
        }

        BulkAppraisals.Group whom() {
            if (group == null) {
                return new BulkAppraisals.Group.Named(staffIds.stream().map(StaffId::new).toList());
            }
            return switch (group) {
                case UNDER_WAY -> new BulkAppraisals.Group.UnderWay();
                case CATEGORY -> new BulkAppraisals.Group.InCategory(category);
                case APPRAISER -> new BulkAppraisals.Group.AppraiseesOf(new StaffId(appraiserId));
            };
        }
    }

    @Operation(summary = "Open a school's appraisal cycle for an academic year")
    @Allowed(Audience.SCHOOL_LEADER)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/schools/{schoolId}/cycles")
    ResponseEntity<Void> open(@PathVariable UUID schoolId, @Valid @RequestBody OpenCycleRequest request) {
        commands.send(OpenAppraisalCycle.withDefaults(new CycleId(request.cycleId()), new SchoolId(schoolId),
                request.academicYear(), request.periodStart(), request.periodEnd(), request.deadlines(),
                request.payPolicy(), request.frameworks(), request.maxObjectives()));
        return Created.at("/api/cycles/{cycleId}", request.cycleId());
    }

    @Operation(summary = "Exempt a person from appraisal this cycle (induction, capability, short contract)")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/cycles/{cycleId}/exemptions")
    ResponseEntity<Void> exempt(@PathVariable UUID cycleId, @Valid @RequestBody AppraisalExemptionRequest request) {
        commands.send(new ExemptFromAppraisal(new AppraisalId(request.appraisalId()), new CycleId(cycleId),
                new StaffId(request.appraiseeId()), request.reason(),
                request.note() == null ? null : PersonalText.of(request.note())));
        return Created.at("/api/appraisals/{appraisalId}", request.appraisalId());
    }

    @Operation(summary = "Start an appraisal for every eligible member of staff, appraised by their line manager")
    @Allowed(Audience.SCHOOL_LEADER)
    @PostMapping("/api/cycles/{cycleId}/appraisals/bulk")
    BulkAppraisals.OpeningReport openAll(@PathVariable UUID cycleId, @Valid @RequestBody BatchRequest request) {
        return bulk.openAppraisals(new CycleId(cycleId), request.batchId());
    }

    @Operation(summary = "Set one objective for the people named, or for a group of the cycle's people")
    @Allowed(Audience.SCHOOL_LEADER)
    @PostMapping("/api/cycles/{cycleId}/objectives/bulk")
    BulkAppraisals.ObjectiveReport setForMany(@PathVariable UUID cycleId,
                                              @Valid @RequestBody BulkObjectiveRequest request) {
        return bulk.setObjective(new CycleId(cycleId), request.batchId(), request.whom(),
                PersonalText.of(request.title()), PersonalText.of(request.successCriteria()),
                request.standards() == null ? List.of() : request.standards(),
                request.priorities() == null ? List.of() : request.priorities().stream().map(PriorityId::new).toList(),
                request.on());
    }
}
