package dev.heartwood.learning.cpd;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff, objectives, development needs and priorities already recorded, as a test's "given". The staff joined
 * the school in September 2020 unless a test says otherwise.
 */
class KnownSchoolRecords implements SchoolRecords {

    private final Map<StaffId, StaffOnRecord> staff = new LinkedHashMap<>();
    private final Map<ObjectiveId, ObjectiveOnRecord> objectives = new HashMap<>();
    private final Map<DevelopmentNeedId, StaffId> needs = new HashMap<>();
    private final Map<PriorityId, SchoolId> priorities = new HashMap<>();

    KnownSchoolRecords knowsStaffMember(StaffId staffId, SchoolId schoolId) {
        staff.put(staffId, new StaffOnRecord(staffId, schoolId, StaffCategory.TEACHER, LocalDate.of(2020, 9, 1),
                null));
        return this;
    }

    KnownSchoolRecords startedOn(StaffId staffId, LocalDate startDate) {
        StaffOnRecord person = staff.get(staffId);
        staff.put(staffId, new StaffOnRecord(staffId, person.schoolId(), person.category(), startDate,
                person.leftOn()));
        return this;
    }

    KnownSchoolRecords left(StaffId staffId, LocalDate leftOn) {
        StaffOnRecord person = staff.get(staffId);
        staff.put(staffId, new StaffOnRecord(staffId, person.schoolId(), person.category(), person.startDate(),
                leftOn));
        return this;
    }

    KnownSchoolRecords knowsObjective(ObjectiveId objectiveId, StaffId appraiseeId) {
        objectives.put(objectiveId, new ObjectiveOnRecord(objectiveId, appraiseeId, false));
        return this;
    }

    KnownSchoolRecords withdrawn(ObjectiveId objectiveId) {
        objectives.put(objectiveId, new ObjectiveOnRecord(objectiveId, objectives.get(objectiveId).appraiseeId(),
                true));
        return this;
    }

    KnownSchoolRecords knowsDevelopmentNeed(DevelopmentNeedId needId, StaffId staffId) {
        needs.put(needId, staffId);
        return this;
    }

    KnownSchoolRecords knowsPriority(PriorityId priorityId, SchoolId schoolId) {
        priorities.put(priorityId, schoolId);
        return this;
    }

    /** A school is known here by its staff or its priorities. */
    @Override
    public boolean schoolExists(SchoolId schoolId) {
        return priorities.containsValue(schoolId)
                || staff.values().stream().anyMatch(person -> person.schoolId().equals(schoolId));
    }

    @Override
    public Optional<StaffOnRecord> staffMember(StaffId staffId) {
        return Optional.ofNullable(staff.get(staffId));
    }

    @Override
    public List<StaffOnRecord> staffOf(SchoolId schoolId) {
        return staff.values().stream().filter(person -> person.schoolId().equals(schoolId)).toList();
    }

    @Override
    public Optional<ObjectiveOnRecord> objective(ObjectiveId objectiveId) {
        return Optional.ofNullable(objectives.get(objectiveId));
    }

    @Override
    public Optional<StaffId> ownerOf(DevelopmentNeedId needId) {
        return Optional.ofNullable(needs.get(needId));
    }

    @Override
    public Optional<SchoolId> schoolOf(PriorityId priorityId) {
        return Optional.ofNullable(priorities.get(priorityId));
    }
}
