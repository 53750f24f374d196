package dev.heartwood.infra;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static java.util.Map.entry;

/**
 * Something real behind every path variable of the API, created through it: a school with an appraisal, its
 * priority, a piece of learning, a training requirement and a development need, and a trust with a school of its
 * own.
 *
 * @param identifiers a real value for each path variable, by name
 */
record EveryKindOfRecord(SchoolWithAnAppraisal school, UUID trustId, UUID trustSchoolId,
                         Map<String, String> identifiers) {

    static EveryKindOfRecord createdThrough(Api admin) {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        Given records = new Given(admin);
        UUID priorityId = records.priority(school.schoolId(), "2025/26", "Reading for pleasure");
        UUID activityId = records.request(school.teacherId(), "COURSE", "2026-03-02", "6", "120", "0.5",
                List.of(school.objectiveId()), List.of(priorityId));
        UUID requirementId = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools/" + school.schoolId() + "/training-requirements", """
                {"requirementId": "%s", "effectiveFrom": "2025-09-01",
                 "terms": {"title": "Prevent duty", "category": "PREVENT", "dueWithinDays": 30,
                           "source": "Prevent duty guidance 2023"}}""".formatted(requirementId)));
        UUID trustId = records.trust("River Trust");
        UUID trustSchoolId = records.school(trustId, "Elmside Academy");
        UUID needId = UUID.randomUUID();
        admin.expect(204, admin.post("/api/appraisals/" + school.appraisalId() + "/development-needs", """
                {"needId": "%s", "description": "Questioning in maths"}""".formatted(needId)));
        Map<String, String> identifiers = Map.ofEntries(entry("trustId", trustId.toString()),
                entry("schoolId", school.schoolId().toString()), entry("staffId", school.teacherId().toString()),
                entry("cycleId", school.cycleId().toString()), entry("appraisalId", school.appraisalId().toString()),
                entry("objectiveId", school.objectiveId().toString()), entry("priorityId", priorityId.toString()),
                entry("activityId", activityId.toString()), entry("requirementId", requirementId.toString()),
                entry("needId", needId.toString()), entry("aggregateId", school.appraisalId().toString()),
                entry("role", "DSL"), entry("accessRole", "TRUST_LEADER"), entry("name", "appraisal-summary"));
        // the reports know a school or trust once the directory read model has it
        admin.caughtUp("directory");
        return new EveryKindOfRecord(school, trustId, trustSchoolId, identifiers);
    }
}
