package dev.heartwood.infra.browser;

import dev.heartwood.infra.Api;

import java.util.UUID;

/**
 * A school for the learning pages, made through the API: its headteacher, two teachers (Asha Patel, whose appraisal
 * for 2025/26 has an objective and a development need, and Ben Okafor), and a priority for the year.
 */
record LearningSchool(Api admin, UUID schoolId, UUID headteacherId, UUID ashaId, UUID benId, UUID appraisalId,
                      UUID objectiveId) {

    static final String OBJECTIVE = "Raise Year 4 reading fluency";
    static final String NEED = "Confidence in teaching phonics to older readers";
    static final String PRIORITY = "Reading for pleasure across the school";

    static LearningSchool createdThrough(Api admin) {
        LearningSchool school = new LearningSchool(admin, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID cycleId = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(school.schoolId, "Oakfield Academy"));
        admin.expect(201, admin.registerStaff(school.schoolId, school.headteacherId, "Grace Hopper", "HEADTEACHER"));
        admin.expect(201, admin.registerTeacher(school.schoolId, school.ashaId, "Asha Patel"));
        admin.expect(201, admin.registerTeacher(school.schoolId, school.benId, "Ben Okafor"));
        admin.expect(201, admin.post("/api/schools/" + school.schoolId + "/priorities", """
                {"priorityId": "%s", "academicYear": "2025/26", "title": "%s"}"""
                .formatted(UUID.randomUUID(), PRIORITY)));
        admin.expect(201, admin.openCycle(school.schoolId, cycleId, "NOT_PERFORMANCE_RELATED"));
        admin.expect(201, admin.startAppraisal(school.appraisalId, cycleId, school.ashaId, school.headteacherId));
        admin.expect(201, admin.setObjective(school.appraisalId, school.objectiveId, OBJECTIVE));
        admin.expect(204, admin.post("/api/appraisals/" + school.appraisalId + "/development-needs", """
                {"needId": "%s", "description": "%s"}""".formatted(UUID.randomUUID(), NEED)));
        return school;
    }

    /** A request by a teacher through the API, asked for on 1 June 2026, for a day later in June. */
    UUID request(UUID staffId, String title, String cost, String intendedImpact) {
        UUID activityId = UUID.randomUUID();
        admin.expect(201, admin.post("/api/staff/" + staffId + "/cpd-activities", """
                {"activityId": "%s", "title": "%s", "type": "COURSE", "provider": "Local authority",
                 "startsOn": "2026-06-24", "endsOn": "2026-06-24", "expectedHours": 5, "cost": %s,
                 "coverDays": 0.5, "intendedImpact": "%s", "on": "2026-06-01"}"""
                .formatted(activityId, title, cost, intendedImpact)));
        return activityId;
    }

    /** Waits until the lists and reports the learning pages read have every event so far. */
    void readModelsCaughtUp() {
        for (String processor : new String[]{"directory", "appraisal-summary", "learning-reports", "cpd-activities",
                "training"}) {
            admin.caughtUp(processor);
        }
    }
}
