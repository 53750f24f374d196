package dev.heartwood.web.staff;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.kernel.EmailAddresses;
import dev.heartwood.web.DateInput;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * The forms of a person's record, as their fields send them, with the same limits as the API's requests; the rules
 * of the directory (an address belongs to one current person, a line manager is not managed by the person) stay with
 * the staff member, whose refusals the form shows beside the field.
 */
final class StaffForms {

    private StaffForms() {
    }

    record Details(@NotBlank(message = "Enter the person's name")
                   @Size(max = 200, message = "Enter a name of at most 200 characters") String name,
                   @NotBlank(message = "Enter the person's e-mail address")
                   @Email(message = "Enter an e-mail address in the right form, like name@school.example")
                   @Size(max = 320, message = "Enter an e-mail address of at most 320 characters")
                   @Pattern(regexp = EmailAddresses.PLAIN,
                           message = "Enter the e-mail address without control or invisible characters")
                   String email) {
    }

    record Category(@NotNull(message = "Select the category") StaffCategory category,
                    @DateInput.Real(message = "Enter the day the category changes, for example 1 9 2025")
                    DateInput from) {
    }

    /** @param fte more than 0 and at most 1, with at most three decimal places, as the API takes it */
    record Fte(@NotNull(message = "Enter the full-time equivalent")
               @Pattern(regexp = "0?\\.(?!0+$)\\d{1,3}|1(\\.0{1,3})?", message = "Enter the full-time equivalent "
                       + "as a number more than 0 and at most 1, with up to three decimal places, such as 0.8")
               String fte,
               @DateInput.Real(message = "Enter the day the FTE changes, for example 1 9 2025") DateInput from) {

        BigDecimal value() {
            return new BigDecimal(fte.strip());
        }
    }

    /** @param roles the roles the person holds from the day, the others taken away; none when none is ticked */
    record Roles(Set<StaffRole> roles,
                 @DateInput.Real(message = "Enter the day the roles change, for example 1 9 2025") DateInput from) {

        Roles {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }

    record LineManager(@NotNull(message = "Select the line manager") UUID lineManagerId,
                       @DateInput.Real(message = "Enter the day the line manager changes, for example 1 9 2025")
                       DateInput from) {
    }

    record Leaving(@DateInput.Real(message = "Enter their last day at the school, for example 31 8 2026")
                   DateInput leaveDate) {
    }
}
