package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heartwood.infra.Api;

import java.util.UUID;

/**
 * Where the report pages' tests happen: Ashgrove Primary in its 2025/26 cycle, seen on 15 July 2026. Its headteacher
 * Helen Ward appraises Carla Mendes, whose objectives were agreed and mid-year review held in time; Ben Okafor
 * appraises Asha Patel, who has no objectives yet, and Dev Shah, whose objectives were agreed late and who has had no
 * mid-year review. Hugo Marsh is the school's HR officer; Tom Reid, a teacher, appraises no one. The school follows the
 * statutory training requirements from 1 September 2025, and Asha has asked for a course no one has decided on yet.
 * Helen is the designated safeguarding lead and Carla her deputy, each trained for it; everyone has had the
 * safeguarding update in September 2025 but Asha and Hugo, who never have, and Dev, who had it on 1 February 2026.
 */
record Ashgrove(UUID schoolId, UUID cycleId, UUID headteacher, UUID hr, UUID appraiser, UUID teacher,
                UUID asha, UUID carla, UUID dev) {

    static final String CARLAS_OBJECTIVE = "Lead the phonics programme in Key Stage 1";

    static Ashgrove open(int port) {
        Api admin = Api.administrator(port);
        Ashgrove school = new Ashgrove(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        admin.expect(201, admin.registerSchool(school.schoolId(), "Ashgrove Primary"));
        admin.expect(201, admin.registerStaff(school.schoolId(), school.headteacher(), "Helen Ward", "HEADTEACHER"));
        admin.expect(201, admin.registerStaff(school.schoolId(), school.hr(), "Hugo Marsh", "SUPPORT_STAFF"));
        admin.expect(201, admin.registerTeacher(school.schoolId(), school.appraiser(), "Ben Okafor"));
        admin.expect(201, admin.registerTeacher(school.schoolId(), school.teacher(), "Tom Reid"));
        admin.expect(201, admin.registerTeacher(school.schoolId(), school.asha(), "Asha Patel"));
        admin.expect(201, admin.registerTeacher(school.schoolId(), school.carla(), "Carla Mendes"));
        admin.expect(201, admin.registerTeacher(school.schoolId(), school.dev(), "Dev Shah"));
        Api head = Api.asStaff(port, school.headteacher());
        head.expect(204, head.put("/api/staff/" + school.hr() + "/access/HR", ""));
        var adopted = admin.post("/api/schools/" + school.schoolId() + "/training-requirements/standard-set",
                "{\"effectiveFrom\": \"2025-09-01\"}");
        admin.expect(200, adopted);
        trained(admin, admin.read(adopted), school);
        admin.expect(201, admin.post("/api/staff/" + school.asha() + "/cpd-activities", """
                {"activityId": "%s", "title": "Phonics leadership course", "type": "COURSE",
                 "startsOn": "2026-09-10", "endsOn": "2026-09-10", "expectedHours": 6, "cost": 120,
                 "coverDays": 1, "intendedImpact": "Better reading", "on": "2026-07-01"}"""
                .formatted(UUID.randomUUID())));

        admin.expect(201, admin.openCycle(school.schoolId(), school.cycleId(), "NOT_PERFORMANCE_RELATED"));
        UUID ashas = UUID.randomUUID();
        UUID carlas = UUID.randomUUID();
        UUID devs = UUID.randomUUID();
        admin.expect(201, admin.startAppraisal(ashas, school.cycleId(), school.asha(), school.appraiser()));
        admin.expect(201, admin.startAppraisal(carlas, school.cycleId(), school.carla(), school.headteacher()));
        admin.expect(201, admin.startAppraisal(devs, school.cycleId(), school.dev(), school.appraiser()));
        agreed(admin, carlas, CARLAS_OBJECTIVE, "2025-10-01", "2025-10-10");
        admin.expect(204, admin.post("/api/appraisals/" + carlas + "/mid-year-review", "{\"heldOn\": \"2026-02-11\"}"));
        agreed(admin, devs, "Improve feedback in maths", "2025-11-03", "2025-11-20");
        admin.caughtUp("directory");
        admin.caughtUp("completion-tracker");
        admin.caughtUp("learning-reports");
        admin.caughtUp("appraisal-summary");
        admin.caughtUp("cpd-activities");
        admin.caughtUp("training");
        return school;
    }

    private static void trained(Api admin, JsonNode adopted, Ashgrove school) {
        for (UUID lead : new UUID[]{school.headteacher(), school.carla()}) {
            admin.expect(204, admin.put("/api/staff/" + lead + "/roles/"
                    + (lead.equals(school.carla()) ? "DEPUTY_DSL" : "DSL"), """
                    {"held": true, "from": "2025-09-01"}"""));
        }
        completed(admin, school.headteacher(), requirement(adopted, "dsl"), "2024-10-01");
        completed(admin, school.carla(), requirement(adopted, "deputy-dsl"), "2025-03-01");
        UUID safeguarding = requirement(adopted, "safeguarding-update");
        completed(admin, school.headteacher(), safeguarding, "2025-09-05");
        completed(admin, school.carla(), safeguarding, "2025-09-10");
        completed(admin, school.appraiser(), safeguarding, "2025-09-20");
        completed(admin, school.teacher(), safeguarding, "2025-09-20");
        completed(admin, school.dev(), safeguarding, "2026-02-01");
    }

    private static UUID requirement(JsonNode adopted, String key) {
        for (JsonNode item : adopted) {
            if (key.equals(item.path("key").asText())) {
                return UUID.fromString(item.path("requirementId").asText());
            }
        }
        throw new AssertionError("The standard set has no " + key);
    }

    private static void completed(Api admin, UUID staffId, UUID requirementId, String on) {
        admin.expect(204, admin.post("/api/staff/" + staffId + "/training-completions", """
                {"requirementId": "%s", "completedOn": "%s", "provider": "Local authority",
                 "certificateReference": "LA-%s"}""".formatted(requirementId, on, on)));
    }

    private static void agreed(Api admin, UUID appraisalId, String objective, String setOn, String agreedOn) {
        admin.expect(201, admin.post("/api/appraisals/" + appraisalId + "/objectives", """
                {"objectiveId": "%s", "title": "%s", "successCriteria": "Seen in book looks each half-term",
                 "standards": ["TS4"], "on": "%s"}""".formatted(UUID.randomUUID(), objective, setOn)));
        for (String party : new String[]{"APPRAISEE", "APPRAISER"}) {
            admin.expect(204, admin.post("/api/appraisals/" + appraisalId + "/agreements", """
                    {"party": "%s", "on": "%s"}""".formatted(party, agreedOn)));
        }
    }

    String tracker() {
        return "/schools/" + schoolId + "/reports/appraisal-completion";
    }

    String dashboard() {
        return "/schools/" + schoolId + "/dashboard";
    }

    String trainingCompliance() {
        return "/schools/" + schoolId + "/reports/training-compliance";
    }

    String dslRegister() {
        return "/schools/" + schoolId + "/reports/dsl-register";
    }

    String trackerApi() {
        return "/api/schools/" + schoolId + "/reports/appraisal-completion";
    }
}
