package dev.heartwood.appraisal.directory;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.EmailAddresses;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.EMAIL_ALREADY_USED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OWN_RECORD;

/**
 * The rules that keep one person from passing for another through the directory. Signing in goes by the identity
 * provider's subject, not by address (ADR 9); these keep the address a contact detail that names one person.
 */
final class IdentityRules {

    private IdentityRules() {
    }

    /** Among a trust's current staff (a standalone school's, outside a trust) no two people share an address. */
    static void anAddressBelongsToOneCurrentPersonInATrust(Directory directory, SchoolId schoolId, StaffId staffId,
                                                           PersonalText email) {
        directory.currentStaffWithAddress(schoolId, EmailAddresses.folded(email.text()))
                .filter(holder -> !holder.equals(staffId))
                .ifPresent(holder -> {
                    throw new DomainRuleViolation(EMAIL_ALREADY_USED,
                            "Another current member of staff of this trust or school has that e-mail address");
                });
    }

    /** No one corrects their own name or address, nor moves themselves to another category, such as headteacher. */
    static void noOneChangesTheirOwnIdentity(String actorId, StaffId staffId) {
        if (staffId.value().toString().equals(actorId)) {
            throw new DomainRuleViolation(OWN_RECORD,
                    "Your own name, address and category are changed by a colleague, not by you");
        }
    }
}
