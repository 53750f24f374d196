package dev.heartwood.reporting.api;

import dev.heartwood.kernel.StaffId;

/** Asks for one member of staff; answered with an optional {@link StaffMemberView}. */
public record StaffMemberQuery(StaffId staffId) {
}
