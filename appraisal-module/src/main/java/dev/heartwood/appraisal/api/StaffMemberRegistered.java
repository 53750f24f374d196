package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A person joined a school's staff on {@code startDate}; {@code externalId} is their MIS identifier, if any. */
@Revision("1")
public record StaffMemberRegistered(StaffId staffId, SchoolId schoolId, String externalId, PersonalText name,
                                    PersonalText email, StaffCategory category, LocalDate startDate,
                                    BigDecimal fte) {
}
