package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A role granted to a member of staff was taken back. */
@Revision("1")
public record AccessRevoked(StaffId staffId, SchoolId schoolId, AccessRole role, AccessScope scope,
                            UUID revokedBy, LocalDate revokedOn) {
}
