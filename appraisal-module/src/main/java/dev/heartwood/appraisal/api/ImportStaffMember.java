package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One row of a school's staff export from its MIS, as it should now stand. Registers the person if they are new,
 * otherwise records only what differs, in one transaction so that a row is never half-applied. Changes take
 * effect on the day of the import. An empty line manager leaves the current one in place.
 *
 * @param lineManagerId {@code null} when the row names none
 * @param leaveDate     {@code null} while the person is on the staff
 */
public record ImportStaffMember(@TargetAggregateIdentifier StaffId staffId, SchoolId schoolId, String externalId,
                                PersonalText name, PersonalText email, StaffCategory category,
                                Set<StaffRole> roles, LocalDate startDate, BigDecimal fte,
                                StaffId lineManagerId, LocalDate leaveDate) {
}
