package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

/** A person's name or e-mail address was corrected. */
@Revision("1")
public record StaffDetailsChanged(StaffId staffId, SchoolId schoolId, PersonalText name, PersonalText email) {
}
