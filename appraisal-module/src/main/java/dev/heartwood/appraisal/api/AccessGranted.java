package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member of staff was given a role for their school or, when {@code trustId} is set, for its whole trust.
 *
 * @param grantedBy the actor who granted it (a member of staff, or an administrator for a trust's first leader)
 */
@Revision("1")
public record AccessGranted(StaffId staffId, SchoolId schoolId, TrustId trustId, AccessRole role, AccessScope scope,
                            UUID grantedBy, LocalDate grantedOn) {
}
