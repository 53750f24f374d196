package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A member of staff's record as it stood at an instant ({@code asOf}), rebuilt from the events recorded by then.
 * It shows what had been recorded, whatever day each change was to take effect from.
 *
 * @param lastChangedAt when the last of those events was recorded
 * @param roles         the roles then recorded as held, by name
 * @param leftOn        their last day, once recorded, otherwise {@code null}
 */
public record StaffAsOfView(UUID staffId, Instant asOf, Instant lastChangedAt, UUID schoolId,
                            @Nullable String externalId, String name, String email, String category, List<String> roles,
                            BigDecimal fte, @Nullable UUID lineManagerId, LocalDate startDate,
                            @Nullable LocalDate leftOn) {
}
