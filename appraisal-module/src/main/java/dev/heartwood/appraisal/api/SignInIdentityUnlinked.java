package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** No identity opens this staff record any more, until one is linked again. */
@Revision("1")
public record SignInIdentityUnlinked(StaffId staffId, SchoolId schoolId, LocalDate unlinkedOn) {
}
