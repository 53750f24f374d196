package dev.heartwood.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are days in the school's zone; instants stay in UTC. */
public final class SchoolTime {

    /** Every school is in England until a school's own zone is recorded. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    private SchoolTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), DEFAULT_ZONE);
    }
}
