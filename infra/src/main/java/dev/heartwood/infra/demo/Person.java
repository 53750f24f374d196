package dev.heartwood.infra.demo;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.kernel.StaffId;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One person on a demo school's staff (or its governing board), as the school's records will know them.
 *
 * @param manager their line manager, who appraises them; none for the headteacher, a governor or the trust's
 *                chief executive
 * @param leftOn  their last day, none while they are on the staff
 */
record Person(StaffId id, String name, String address, StaffCategory category, LocalDate started, Person manager,
              Set<StaffRole> roles, LocalDate leftOn) {

    Person {
        // in the roles' own order, so that what is planned from them is the same each time
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles));
    }

    boolean holds(StaffRole role) {
        return roles.contains(role);
    }

    /** Whether they were on the staff on the day. */
    boolean onTheStaffOn(LocalDate day) {
        return !started.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
    }
}
