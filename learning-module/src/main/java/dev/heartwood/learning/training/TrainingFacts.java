package dev.heartwood.learning.training;

import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;

import java.util.Optional;

/**
 * What mandatory training's rules need to know of schools, people and requirements before they decide. As current
 * as the commands it serves, because it is written in their transaction ({@link TrainingLookup}).
 */
public interface TrainingFacts {

    /** A school, with its trust if it is in one ({@code trustId} is then not {@code null}). */
    record SchoolOnRecord(SchoolId schoolId, TrustId trustId) {
    }

    record RequirementOnRecord(RequirementId requirementId, SchoolId schoolId, TrustId trustId) {

        /** A school's requirement is for its own staff; a trust's for the staff of each of its schools. */
        boolean isFor(SchoolOnRecord school) {
            return school.schoolId().equals(schoolId) || (trustId != null && trustId.equals(school.trustId()));
        }
    }

    boolean trustExists(TrustId trustId);

    Optional<SchoolOnRecord> school(SchoolId schoolId);

    /** The school of a member of staff. */
    Optional<SchoolOnRecord> schoolOf(StaffId staffId);

    Optional<RequirementOnRecord> requirement(RequirementId requirementId);
}
