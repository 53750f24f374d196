package dev.heartwood.reporting.api;

import dev.heartwood.kernel.StaffId;

import java.util.Set;

/**
 * Asks for several members of staff at once; answered with a list of the {@link StaffMemberView}s the directory has
 * of them, in no particular order (none for those it does not know).
 */
public record StaffMembersQuery(Set<StaffId> staffIds) {
}
