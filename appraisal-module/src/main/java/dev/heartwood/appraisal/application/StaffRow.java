package dev.heartwood.appraisal.application;

import dev.heartwood.appraisal.api.ImportStaffMember;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.kernel.EmailAddresses;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One row of a staff export, read, with the same limits as registering a person through the API. People are
 * named by their MIS ids here; the import finds their identifiers in the directory.
 *
 * @param line                  where the row starts in the file; the header is line 1
 * @param lineManagerExternalId {@code null} when the row names no line manager
 * @param leaveDate             {@code null} while the person is on the staff
 */
record StaffRow(int line,
                @NotBlank(message = MISSING) @Size(max = 100) String externalId,
                @NotBlank(message = MISSING) @Size(max = 200) String name,
                @NotBlank(message = MISSING) @Email @Size(max = 320)
                @Pattern(regexp = EmailAddresses.PLAIN, message = EmailAddresses.NOT_PLAIN) String email,
                @NotNull(message = MISSING) StaffCategory category,
                Set<StaffRole> roles,
                @NotNull(message = MISSING) LocalDate startDate,
                @NotNull(message = MISSING) @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
                @Digits(integer = 1, fraction = 3) BigDecimal fte,
                @Size(max = 100) String lineManagerExternalId,
                LocalDate leaveDate) {

    static final String MISSING = "is missing";

    ImportStaffMember toCommand(StaffId staffId, SchoolId schoolId, StaffId lineManagerId) {
        return new ImportStaffMember(staffId, schoolId, externalId, PersonalText.of(name), PersonalText.of(email),
                category, roles, startDate, fte, lineManagerId, leaveDate);
    }
}
