package dev.heartwood.appraisal.planted;

import dev.heartwood.kernel.ConfidentialText;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

/**
 * A planted event the redaction of histories would miss: confidential text on a staff record (only an appraisal's
 * history is redacted), text that may be written in confidence typed as personal text, and confidential text inside a
 * field.
 */
@Revision("1")
public record ConcernNoted(StaffId staffId, SchoolId schoolId, ConfidentialText concern, PersonalText detail,
                           Witness witness, boolean confidential) {

    /** Who saw it, and what they said. */
    public record Witness(StaffId staffId, ConfidentialText account) {
    }
}
