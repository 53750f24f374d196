package dev.heartwood.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are days in the school's zone; instants stay in UTC. */
public final class SchoolTime {

    /** Every school is in England until a school's own zone is recorded. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    /** The earliest business date a client may give: nothing in a school's records lies before it. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest business date a client may give, an exemption's or an expiry's included. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

    private SchoolTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), DEFAULT_ZONE);
    }

    /** Whether a date given by a client can be a school's business date at all (a year 0 or 275760 cannot). */
    public static boolean plausible(LocalDate day) {
        return !day.isBefore(EARLIEST_DATE) && !day.isAfter(LATEST_DATE);
    }
}
