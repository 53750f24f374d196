package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A person's full-time equivalent changed with effect {@code from}. */
@Revision("1")
public record StaffFteChanged(StaffId staffId, SchoolId schoolId, BigDecimal fte, LocalDate from) {
}
