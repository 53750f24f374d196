package dev.heartwood.reporting.api;

import dev.heartwood.kernel.StaffId;

import java.time.Instant;

/** Asks for a member of staff's record as it stood at an instant; answered with an optional {@link StaffAsOfView}. */
public record StaffAsOfQuery(StaffId staffId, Instant at) {
}
