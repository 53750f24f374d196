package dev.heartwood.learning.training;

import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The facts as a test's "given": the trusts, schools, staff and requirements already known. */
class KnownTrainingFacts implements TrainingFacts {

    private final Set<TrustId> trusts = new HashSet<>();
    private final Map<SchoolId, SchoolOnRecord> schools = new HashMap<>();
    private final Map<StaffId, SchoolId> staff = new HashMap<>();
    private final Map<RequirementId, RequirementOnRecord> requirements = new HashMap<>();

    KnownTrainingFacts knowsTrust(TrustId trustId) {
        trusts.add(trustId);
        return this;
    }

    KnownTrainingFacts knowsSchool(SchoolId schoolId, TrustId trustId) {
        schools.put(schoolId, new SchoolOnRecord(schoolId, trustId));
        return this;
    }

    KnownTrainingFacts knowsStaffMember(StaffId staffId, SchoolId schoolId) {
        staff.put(staffId, schoolId);
        return this;
    }

    KnownTrainingFacts knowsSchoolRequirement(RequirementId requirementId, SchoolId schoolId) {
        requirements.put(requirementId, new RequirementOnRecord(requirementId, schoolId, null));
        return this;
    }

    KnownTrainingFacts knowsTrustRequirement(RequirementId requirementId, TrustId trustId) {
        requirements.put(requirementId, new RequirementOnRecord(requirementId, null, trustId));
        return this;
    }

    @Override
    public boolean trustExists(TrustId trustId) {
        return trusts.contains(trustId);
    }

    @Override
    public Optional<SchoolOnRecord> school(SchoolId schoolId) {
        return Optional.ofNullable(schools.get(schoolId));
    }

    @Override
    public Optional<SchoolOnRecord> schoolOf(StaffId staffId) {
        return Optional.ofNullable(staff.get(staffId)).map(schools::get);
    }

    @Override
    public Optional<RequirementOnRecord> requirement(RequirementId requirementId) {
        return Optional.ofNullable(requirements.get(requirementId));
    }
}
