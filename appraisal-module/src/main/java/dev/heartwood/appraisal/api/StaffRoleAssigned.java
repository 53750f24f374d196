package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A person took on a role with effect {@code from}; mandatory training may follow from it. */
@Revision("1")
public record StaffRoleAssigned(StaffId staffId, SchoolId schoolId, StaffRole role, LocalDate from) {
}
