package dev.heartwood.web.appraisal;

import dev.heartwood.appraisal.api.AccessRole;
import dev.heartwood.kernel.web.Viewer;

import java.util.UUID;

/**
 * The person reading an appraisal, as far as what it shows them depends on who they are: a party to it, or someone
 * the pay permission covers. Whether they may read it at all is the access policy's to decide, before the page is
 * made.
 */
record Reader(Viewer viewer) {

    /** Whether one of the reader's staff records is this person. */
    boolean is(UUID staffId) {
        return staffId != null && viewer.staffRecords().stream().anyMatch(self -> self.staffId().equals(staffId));
    }

    /** The same, for an identifier as an event's metadata writes it ({@code null} is no one). */
    boolean is(String staffId) {
        return staffId != null && viewer.staffRecords().stream()
                .anyMatch(self -> self.staffId().toString().equals(staffId));
    }

    /** Whether the reader holds the pay permission for a school, given for it or for its trust. */
    boolean holdsPayFor(UUID schoolId, UUID trustId) {
        return viewer.grants().stream().anyMatch(grant -> grant.role().equals(AccessRole.PAY.name())
                && (grant.trustId() != null ? grant.trustId().equals(trustId) : grant.schoolId().equals(schoolId)));
    }
}
