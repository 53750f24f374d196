package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A person left the school's staff on {@code leftOn} (their last day). */
@Revision("1")
public record StaffMemberLeft(StaffId staffId, SchoolId schoolId, LocalDate leftOn) {
}
