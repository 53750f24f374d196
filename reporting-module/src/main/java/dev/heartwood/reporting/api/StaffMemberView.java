package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A member of staff as the query API shows them, as they stand now.
 *
 * @param leftOn their last day, or {@code null} while on the staff
 */
public record StaffMemberView(UUID staffId, UUID schoolId, @Nullable String externalId, String name, String email,
                              String category, List<String> roles, @Nullable UUID lineManagerId, LocalDate startDate,
                              @Nullable LocalDate leftOn, BigDecimal fte, long lastEventIndex) {
}
