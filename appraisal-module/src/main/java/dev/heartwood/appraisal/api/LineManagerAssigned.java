package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A person is line-managed by {@code lineManagerId} with effect {@code from}. */
@Revision("1")
public record LineManagerAssigned(StaffId staffId, SchoolId schoolId, StaffId lineManagerId, LocalDate from) {
}
