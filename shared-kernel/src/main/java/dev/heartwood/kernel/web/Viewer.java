package dev.heartwood.kernel.web;

import java.util.List;
import java.util.UUID;

/**
 * Who is looking at a page: an administrator, or a person with the staff records their sign-in opens (one per school
 * they work at) and the roles granted to those records. A page controller takes it as a parameter; the application
 * fills it from the sign-in, so that pages need not know how people sign in.
 *
 * @param actorId the staff record a person acts through by default, or an administrator's own identifier
 */
public record Viewer(UUID actorId, boolean administrator, List<StaffRecord> staffRecords, List<Grant> grants) {

    public Viewer {
        staffRecords = List.copyOf(staffRecords);
        grants = List.copyOf(grants);
    }

    /**
     * One of the person's current staff records.
     *
     * @param trustId  {@code null} for a school outside any trust
     * @param category the staff category's name, such as {@code TEACHER} or {@code HEADTEACHER}
     */
    public record StaffRecord(UUID staffId, UUID schoolId, UUID trustId, String category) {
    }

    /**
     * A role granted to one of the person's records, for a school or, when {@code trustId} is set, its trust.
     *
     * @param role the role's name, such as {@code HR} or {@code TRUST_LEADER}
     */
    public record Grant(String role, UUID schoolId, UUID trustId) {
    }
}
