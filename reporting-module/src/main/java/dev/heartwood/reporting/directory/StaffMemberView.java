package dev.heartwood.reporting.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A member of staff as the query API shows them. */
public record StaffMemberView(UUID staffId, UUID schoolId, String name, String email, String category,
                              LocalDate startDate, BigDecimal fte, long lastEventIndex) {
}
