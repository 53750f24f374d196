package dev.heartwood.infra.browser;

import dev.heartwood.infra.Api;
import dev.heartwood.infra.Given;

import java.util.List;
import java.util.UUID;

/**
 * Where the learning report pages' tests happen: Birchwood Primary, of the Birchwood Learning Trust, over two years,
 * seen on 15 July 2026. In 2024/25 Asha Patel had two objectives from her headteacher Helen Ward: the first, serving the
 * priority Early reading, with 5 hours of reading costing £50 linked to it, was met; the second, with no learning,
 * was not. In 2025/26 Asha's objective serving Reading fluency has 3 hours of reading linked to it, Ben Okafor's first
 * a 6-hour course costing £180, his second none; no outcome is recorded yet. Hugo Marsh is HR; Tom Reid, a teacher;
 * Ruth Cole leads the trust.
 */
record Birchwood(UUID trustId, UUID schoolId, UUID headteacher, UUID hr, UUID teacher, UUID trustLeader, UUID asha) {

    static Birchwood open(int port) {
        Api admin = Api.administrator(port);
        Given given = new Given(admin);
        UUID trustId = given.trust("Birchwood Learning Trust");
        UUID schoolId = given.school(trustId, "Birchwood Primary");
        Birchwood school = new Birchwood(trustId, schoolId, UUID.randomUUID(), UUID.randomUUID(),
                given.teacher(schoolId, "Tom Reid"), UUID.randomUUID(), UUID.randomUUID());
        admin.expect(201, admin.registerStaff(schoolId, school.headteacher(), "Helen Ward", "HEADTEACHER"));
        admin.expect(201, admin.registerStaff(schoolId, school.hr(), "Hugo Marsh", "SUPPORT_STAFF"));
        admin.expect(201, admin.registerStaff(schoolId, school.trustLeader(), "Ruth Cole", "SUPPORT_STAFF"));
        Api head = Api.asStaff(port, school.headteacher());
        head.expect(204, head.put("/api/staff/" + school.hr() + "/access/HR", ""));
        admin.expect(204, admin.put("/api/staff/" + school.trustLeader() + "/access/TRUST_LEADER?scope=TRUST", ""));
        UUID asha = school.asha();
        admin.expect(201, admin.registerStaff(schoolId, asha, "Asha Patel", "TEACHER"));
        UUID ben = given.teacher(schoolId, "Ben Okafor");

        UUID earlyReading = given.priority(schoolId, "2024/25", "Early reading");
        UUID lastYear = given.appraisal(given.cycle(schoolId, "2024/25"), asha, school.headteacher());
        UUID phonics = given.objective(lastYear, earlyReading);
        UUID behaviour = given.objective(lastYear);
        given.log(asha, "READING", "2025-03-10", "5", "50", List.of(phonics), List.of(earlyReading));
        given.finalReview(lastYear, "2025-07-10");
        given.outcome(lastYear, phonics, "MET");
        given.outcome(lastYear, behaviour, "NOT_MET");

        UUID fluency = given.priority(schoolId, "2025/26", "Reading fluency");
        UUID thisYear = given.cycle(schoolId, "2025/26");
        UUID ashas = given.objective(given.appraisal(thisYear, asha, school.headteacher()), fluency);
        given.log(asha, "READING", "2026-02-02", "3", "0", List.of(ashas), List.of(fluency));
        UUID bens = given.appraisal(thisYear, ben, school.headteacher());
        UUID feedback = given.objective(bens);
        given.objective(bens);
        UUID course = given.request(ben, "COURSE", "2026-03-10", "6", "180", "1", List.of(feedback), List.of());
        given.approve(course);
        given.complete(course, "2026-03-10", "6", "180");
        admin.caughtUp("directory");
        admin.caughtUp("learning-reports");
        admin.caughtUp("completion-tracker");
        admin.caughtUp("appraisal-summary");
        return school;
    }

    String objectives() {
        return "/schools/" + schoolId + "/reports/objectives-and-learning";
    }

    /** The API's report of the years the page shows, in the page's order. */
    String objectivesApi() {
        return "/api/schools/" + schoolId + "/reports/objectives-and-learning?from=2024/25&to=2025/26&sort=priority"
                + "&size=1000";
    }

    /** The API's report of the years the page shows grouped by standard, in the page's order. */
    String objectivesByStandardApi() {
        return objectivesApi() + "&by=standard";
    }

    /** Asha's objectives and learning over her years. */
    String ashasYears() {
        return "/staff/" + asha + "/objectives-and-learning";
    }

    String ashasYearsApi() {
        return "/api/staff/" + asha + "/reports/objectives-and-learning";
    }

    String trustObjectives() {
        return "/trusts/" + trustId + "/reports/objectives-and-learning";
    }

    String trustObjectivesApi() {
        return "/api/trusts/" + trustId + "/reports/objectives-and-learning?from=2024/25&to=2025/26&sort=priority"
                + "&size=1000";
    }

    String cpd() {
        return "/schools/" + schoolId + "/reports/cpd";
    }

    String cpdApi(String year, String by) {
        return "/api/schools/" + schoolId + "/reports/cpd?academicYear=" + year + "&by=" + by + "&size=1000";
    }
}
