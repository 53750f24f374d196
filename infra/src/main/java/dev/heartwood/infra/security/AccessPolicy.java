package dev.heartwood.infra.security;

import dev.heartwood.appraisal.api.AccessRole;
import dev.heartwood.infra.security.AccessedRecord.Kind;
import dev.heartwood.kernel.web.Audience;

import java.util.Optional;

/**
 * Decides whether a caller belongs to one of an endpoint's audiences for the record it names, and in which role
 * they then act (the role recorded on what they do). ADR 9 sets out the rules.
 */
final class AccessPolicy {

    private AccessPolicy() {
    }

    /** The role the caller acts in, if any of the audiences admits them. */
    static Optional<String> roleFor(Access access, AccessedRecord record, Audience[] audiences,
                                    boolean showsAppraisal) {
        if (access.administrator()) {
            return Optional.of(SignedIn.ADMINISTRATOR_ROLE);
        }
        // on their own records people act as themselves: no one approves, corrects or oversees their own
        boolean own = access.is(record.ownerId());
        // a headteacher's appraisal is kept from the staff they line-manage: only its parties, the governors and
        // the trust's leaders see it
        boolean headteachersAppraisal = record.headteacher() && (showsAppraisal || record.kind() == Kind.APPRAISAL);
        for (Audience audience : audiences) {
            Optional<String> role = switch (audience) {
                case SELF -> when(own, "STAFF");
                case APPRAISER -> when(access.is(record.appraiserId()), "APPRAISER");
                case SCHOOL_LEADER -> own ? Optional.empty()
                        : headteachersAppraisal ? trustLeader(access, record) : schoolLeader(access, record);
                case TRUST_LEADER -> own ? Optional.empty() : trustLeader(access, record);
                case HR -> when(!own && record.kind() != Kind.APPRAISAL && access.holdsFor(AccessRole.HR, record),
                        "HR");
                case GOVERNOR -> when(!own && governs(access, record), "GOVERNOR");
                case STAFF -> when(record.schoolId() != null ? access.worksAt(record.schoolId())
                        : access.worksIn(record.trustId()), "STAFF");
                case ANYONE -> Optional.<String>empty();
            };
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the caller has anything to do with the record's school or trust: a refusal then says so (403); to
     * anyone else, another school's record is as good as absent (404).
     */
    static boolean knowsOf(Access access, AccessedRecord record) {
        return access.is(record.ownerId()) || access.is(record.appraiserId())
                || (record.schoolId() != null && access.worksAt(record.schoolId()))
                || access.worksIn(record.trustId())
                || access.grants().stream().anyMatch(grant -> record.schoolId() != null
                ? grant.coversSchool(record.schoolId(), record.trustId())
                : grant.coversTrust(record.trustId()));
    }

    private static Optional<String> schoolLeader(Access access, AccessedRecord record) {
        if (record.schoolId() != null) {
            if (access.hasCategoryAt("HEADTEACHER", record.schoolId())) {
                return Optional.of("HEADTEACHER");
            }
            if (access.holdsFor(AccessRole.SENIOR_LEADER, record)) {
                return Optional.of("SENIOR_LEADER");
            }
        }
        return trustLeader(access, record);
    }

    private static Optional<String> trustLeader(Access access, AccessedRecord record) {
        return when(access.holdsFor(AccessRole.TRUST_LEADER, record), "TRUST_LEADER");
    }

    /** Governors oversee their school's headteacher appraisal and its reports, and no one else's appraisal. */
    private static boolean governs(Access access, AccessedRecord record) {
        boolean headteachersAppraisal = record.kind() == Kind.APPRAISAL && record.headteacher();
        if (record.schoolId() == null || !(record.kind() == Kind.SCHOOL || headteachersAppraisal)) {
            return false;
        }
        return access.hasCategoryAt("GOVERNOR", record.schoolId()) || access.holdsFor(AccessRole.GOVERNOR, record);
    }

    private static Optional<String> when(boolean admitted, String role) {
        return admitted ? Optional.of(role) : Optional.empty();
    }
}
