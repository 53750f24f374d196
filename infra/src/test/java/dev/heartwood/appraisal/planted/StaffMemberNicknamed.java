package dev.heartwood.appraisal.planted;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

/** A planted event of a member of staff that no reader of events has placed yet. */
@Revision("1")
public record StaffMemberNicknamed(StaffId staffId, SchoolId schoolId, PersonalText nickname) {
}
