package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A person's staff category changed with effect {@code from}. */
@Revision("1")
public record StaffCategoryChanged(StaffId staffId, SchoolId schoolId, StaffCategory category, LocalDate from) {
}
