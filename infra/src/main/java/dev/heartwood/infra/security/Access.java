package dev.heartwood.infra.security;

import dev.heartwood.appraisal.api.AccessRole;

import java.util.List;
import java.util.UUID;
import org.springframework.lang.Nullable;

/**
 * What the directory knows of a signed-in caller: the staff records they are (one per school they work at) and the
 * roles granted to those records. An administrator has neither and passes every rule.
 */
record Access(UUID actorId, boolean administrator, List<Self> selves, List<Grant> grants) {

    /** One of the caller's current staff records. */
    record Self(UUID staffId, UUID schoolId, @Nullable UUID trustId, String category) {
    }

    /** A role granted for a school or, when {@code trustId} is set, for its whole trust. */
    record Grant(AccessRole role, UUID schoolId, @Nullable UUID trustId) {

        boolean coversSchool(UUID school, UUID trust) {
            return trustId != null ? trustId.equals(trust) : schoolId.equals(school);
        }

        boolean coversTrust(UUID trust) {
            return trustId != null && trustId.equals(trust);
        }
    }

    static Access administrator(UUID actorId) {
        return new Access(actorId, true, List.of(), List.of());
    }

    boolean is(UUID staffId) {
        return staffId != null && selves.stream().anyMatch(self -> self.staffId().equals(staffId));
    }

    /** The same, for an identifier as an event's payload or metadata writes it ({@code null} is no one). */
    boolean is(String staffId) {
        return staffId != null && selves.stream().anyMatch(self -> self.staffId().toString().equals(staffId));
    }

    boolean worksAt(UUID schoolId) {
        return selves.stream().anyMatch(self -> self.schoolId().equals(schoolId));
    }

    boolean worksIn(UUID trustId) {
        return trustId != null && selves.stream().anyMatch(self -> trustId.equals(self.trustId()));
    }

    boolean hasCategoryAt(String category, UUID schoolId) {
        return selves.stream().anyMatch(self -> self.schoolId().equals(schoolId) && self.category().equals(category));
    }

    /** Whether a role is held for the record's school (directly, or through its trust). */
    boolean holdsFor(AccessRole role, AccessedRecord record) {
        return grants.stream().anyMatch(grant -> grant.role() == role && (record.schoolId() != null
                ? grant.coversSchool(record.schoolId(), record.trustId())
                : grant.coversTrust(record.trustId())));
    }

    /** The staff record the caller acts through for a record: the one at its school, or their first. */
    UUID staffIdFor(AccessedRecord record) {
        return selves.stream()
                .filter(self -> self.schoolId().equals(record.schoolId()))
                .findFirst()
                .orElse(selves.get(0))
                .staffId();
    }
}
