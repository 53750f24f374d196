package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.EmailAddresses;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The directory as a test's "given": the trusts, schools, priorities and staff already registered. */
public class KnownDirectory implements Directory {

    private final Set<TrustId> trusts = new HashSet<>();
    private final Map<SchoolId, SchoolFacts> schools = new HashMap<>();
    private final Map<StaffId, StaffFacts> staff = new LinkedHashMap<>();
    private final Map<String, StaffId> externalIds = new HashMap<>();
    private final Set<String> priorities = new HashSet<>();
    private final Map<String, StaffId> addresses = new HashMap<>();

    public KnownDirectory knowsTrust(TrustId trustId) {
        trusts.add(trustId);
        return this;
    }

    public KnownDirectory knowsSchool(SchoolId schoolId, SchoolType type) {
        schools.put(schoolId, new SchoolFacts(schoolId, type, null));
        return this;
    }

    public KnownDirectory knowsSchoolInTrust(SchoolId schoolId, TrustId trustId) {
        knowsTrust(trustId);
        schools.put(schoolId, new SchoolFacts(schoolId, SchoolType.ACADEMY, trustId));
        return this;
    }

    public KnownDirectory knowsSchool(SchoolId schoolId) {
        return schools.containsKey(schoolId) ? this : knowsSchool(schoolId, SchoolType.ACADEMY);
    }

    public KnownDirectory knowsStaffMember(StaffId staffId, SchoolId schoolId) {
        return knowsStaffMember(staffId, schoolId, StaffCategory.TEACHER);
    }

    public KnownDirectory knowsStaffMember(StaffId staffId, SchoolId schoolId, StaffCategory category) {
        knowsSchool(schoolId);
        staff.put(staffId, new StaffFacts(staffId, schoolId, category, null, null));
        return this;
    }

    public KnownDirectory knowsExternalId(SchoolId schoolId, String externalId, StaffId staffId) {
        externalIds.put(schoolId + "/" + externalId, staffId);
        return this;
    }

    public KnownDirectory lineManagedBy(StaffId staffId, StaffId lineManagerId) {
        StaffFacts facts = staff.get(staffId);
        staff.put(staffId, new StaffFacts(staffId, facts.schoolId(), facts.category(), lineManagerId, facts.leftOn()));
        return this;
    }

    public KnownDirectory left(StaffId staffId, LocalDate leftOn) {
        StaffFacts facts = staff.get(staffId);
        staff.put(staffId, new StaffFacts(staffId, facts.schoolId(), facts.category(), facts.lineManagerId(), leftOn));
        return this;
    }

    /** A current member of staff of the school's trust (or the school) has the address. */
    public KnownDirectory knowsAddress(SchoolId schoolId, String address, StaffId holder) {
        addresses.put(scopeOf(schoolId) + "/" + EmailAddresses.folded(address), holder);
        return this;
    }

    public KnownDirectory knowsPriority(SchoolId schoolId, AcademicYear academicYear, PriorityId priorityId) {
        priorities.add(schoolId + "/" + academicYear + "/" + priorityId);
        return this;
    }

    @Override
    public boolean trustExists(TrustId trustId) {
        return trusts.contains(trustId);
    }

    @Override
    public Optional<SchoolFacts> school(SchoolId schoolId) {
        return Optional.ofNullable(schools.get(schoolId));
    }

    @Override
    public Optional<StaffFacts> staffMember(StaffId staffId) {
        return Optional.ofNullable(staff.get(staffId));
    }

    @Override
    public List<StaffFacts> staffOf(SchoolId schoolId) {
        return staff.values().stream().filter(facts -> facts.schoolId().equals(schoolId)).toList();
    }

    @Override
    public Optional<StaffId> staffByExternalId(SchoolId schoolId, String externalId) {
        return Optional.ofNullable(externalIds.get(schoolId + "/" + externalId));
    }

    @Override
    public Optional<StaffId> currentStaffWithAddress(SchoolId schoolId, String foldedAddress) {
        return Optional.ofNullable(addresses.get(scopeOf(schoolId) + "/" + foldedAddress));
    }

    private Object scopeOf(SchoolId schoolId) {
        SchoolFacts school = schools.get(schoolId);
        return school != null && school.trustId() != null ? school.trustId() : schoolId;
    }

    @Override
    public boolean priorityExists(SchoolId schoolId, AcademicYear academicYear, PriorityId priorityId) {
        return priorities.contains(schoolId + "/" + academicYear + "/" + priorityId);
    }
}
