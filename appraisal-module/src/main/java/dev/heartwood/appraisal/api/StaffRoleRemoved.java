package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A person gave up a role with effect {@code from}. */
@Revision("1")
public record StaffRoleRemoved(StaffId staffId, SchoolId schoolId, StaffRole role, LocalDate from) {
}
