package dev.heartwood.appraisal.directory;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The directory as a test's "given": the schools and staff that are already registered. */
public class KnownDirectory implements Directory {

    private final Set<SchoolId> schools = new HashSet<>();
    private final Map<StaffId, SchoolId> staff = new HashMap<>();

    public KnownDirectory school(SchoolId schoolId) {
        schools.add(schoolId);
        return this;
    }

    public KnownDirectory staffMember(StaffId staffId, SchoolId schoolId) {
        school(schoolId);
        staff.put(staffId, schoolId);
        return this;
    }

    @Override
    public boolean schoolExists(SchoolId schoolId) {
        return schools.contains(schoolId);
    }

    @Override
    public Optional<SchoolId> schoolOf(StaffId staffId) {
        return Optional.ofNullable(staff.get(staffId));
    }
}
