package dev.heartwood.learning.web;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.learning.api.CompletedLearning;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.learning.application.BulkCpd;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A school's learning for many people at once, such as an INSET day recorded from its attendance list. */
@RestController
@Tag(name = "Learning")
class BulkCpdController {

    private final BulkCpd bulk;

    BulkCpdController(BulkCpd bulk) {
        this.bulk = bulk;
    }

    /** Without {@code staffIds}, everyone on the school's staff; cost in pounds for each person, none if left out. */
    record BulkRecordRequest(@NotNull UUID batchId, @Size(max = 2000) List<@NotNull UUID> staffIds,
                             @NotBlank @Size(max = 500) String title, @NotNull CpdType type,
                             @Size(max = 200) String provider, @NotNull LocalDate startedOn,
                             @NotNull LocalDate completedOn,
                             @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal hours,
                             @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal costPerPerson,
                             @Size(max = 20) List<@NotNull UUID> priorities) {
    }

    @Operation(summary = "Record completed learning, such as an INSET day, for many members of staff at once")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/api/schools/{schoolId}/cpd-activities/bulk")
    BulkCpd.Report record(@PathVariable UUID schoolId, @Valid @RequestBody BulkRecordRequest request) {
        CompletedLearning learning = new CompletedLearning(PersonalText.of(request.title()), request.type(),
                PersonalTexts.orNull(request.provider()), request.startedOn(), request.completedOn(), request.hours(),
                request.costPerPerson() == null ? BigDecimal.ZERO : request.costPerPerson(), null);
        return bulk.record(new SchoolId(schoolId), request.batchId(),
                request.staffIds() == null ? List.of() : request.staffIds().stream().map(StaffId::new).toList(),
                learning,
                request.priorities() == null ? List.of() : request.priorities().stream().map(PriorityId::new).toList());
    }
}
