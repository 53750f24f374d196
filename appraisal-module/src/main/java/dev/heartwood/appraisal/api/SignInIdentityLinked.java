package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** From now on, whoever signs in as {@code identity} acts as this member of staff (replacing any earlier link). */
@Revision("1")
public record SignInIdentityLinked(StaffId staffId, SchoolId schoolId, SignInIdentity identity,
                                   SignInLinkedBy linkedBy, LocalDate linkedOn) {
}
