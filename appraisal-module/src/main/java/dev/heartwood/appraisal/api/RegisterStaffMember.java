package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Sent by a school's administrator (or the MIS import) when a person joins the school's staff.
 *
 * @param externalId the person's identifier in the school's MIS, or {@code null}
 * @param fte        the full-time equivalent, above 0 and at most 1
 */
public record RegisterStaffMember(@TargetAggregateIdentifier StaffId staffId, SchoolId schoolId, String externalId,
                                  PersonalText name, PersonalText email, StaffCategory category,
                                  LocalDate startDate, BigDecimal fte) {
}
