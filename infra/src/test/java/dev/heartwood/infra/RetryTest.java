package dev.heartwood.infra;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A create request sent again with the same client-chosen identifier, as a client retries when an answer was lost,
 * never creates a second thing. A trust, school, member of staff, cycle, appraisal or training requirement
 * answers the retry with a 409 and a stable code; a piece of learning, and anything added to a record under its own
 * identifier, answers it as it answered the first request. Either way the retry records nothing.
 */
class RetryTest extends ApiTestBase {

    /** A request that creates something, and the answer its retry gets: a 409 code, or {@code null} for the same. */
    private record Create(String what, String path, String body, String retryCode) {
    }

    private SchoolWithAnAppraisal school;
    private Given records;

    @BeforeEach
    void aSchoolWithAnAppraisal() {
        school = SchoolWithAnAppraisal.createdThrough(admin);
        records = new Given(admin);
    }

    @Test
    void aRetriedTrustSchoolPersonCycleAppraisalOrRequirementIsA409AndCreatesNothing() {
        UUID trustId = records.trust("River Trust");
        UUID newcomer = records.teacher(school.schoolId(), "Dev Shah");
        UUID inductee = records.teacher(school.schoolId(), "Ella Moss");

        sentTwice(List.of(
                new Create("a trust", "/api/trusts", """
                        {"trustId": "%s", "name": "Oak Trust"}""".formatted(UUID.randomUUID()), "already-exists"),
                new Create("a school", "/api/schools", """
                        {"schoolId": "%s", "name": "Elmside", "type": "ACADEMY"}""".formatted(UUID.randomUUID()),
                        "already-exists"),
                new Create("a member of staff", "/api/schools/" + school.schoolId() + "/staff", """
                        {"staffId": "%s", "name": "Cara Lee", "email": "c.lee@school.example",
                         "category": "TEACHER", "startDate": "2025-09-01", "fte": 1}""".formatted(UUID.randomUUID()),
                        "already-exists"),
                new Create("a cycle", "/api/schools/" + school.schoolId() + "/cycles", """
                        {"cycleId": "%s", "academicYear": "2026/27", "payPolicy": "HYBRID"}"""
                        .formatted(UUID.randomUUID()), "cycle-already-open"),
                new Create("an appraisal", "/api/cycles/" + school.cycleId() + "/appraisals", """
                        {"appraisalId": "%s", "appraiseeId": "%s", "appraiserId": "%s"}"""
                        .formatted(UUID.randomUUID(), newcomer, school.appraiserId()),
                        "appraisal-already-started"),
                new Create("an exemption", "/api/cycles/" + school.cycleId() + "/exemptions", """
                        {"appraisalId": "%s", "appraiseeId": "%s", "reason": "INDUCTION"}"""
                        .formatted(UUID.randomUUID(), inductee), "appraisal-already-started"),
                new Create("a school's requirement", "/api/schools/" + school.schoolId() + "/training-requirements",
                        requirement(), "already-exists"),
                new Create("a trust's requirement", "/api/trusts/" + trustId + "/training-requirements",
                        requirement(), "already-exists")));
    }

    @Test
    void aRetriedPieceOfLearningOrAnythingAddedToARecordIsAnsweredAsTheFirstAndRecordsNothing() {
        String appraisal = "/api/appraisals/" + school.appraisalId();
        UUID learning = records.log(school.teacherId(), "READING", "2026-02-02", "2", "0", List.of(), List.of());
        UUID requirementId = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools/" + school.schoolId() + "/training-requirements", """
                {"requirementId": "%s", "effectiveFrom": "2025-09-01",
                 "terms": {"title": "Prevent duty", "category": "PREVENT", "dueWithinDays": 30,
                           "source": "Prevent duty guidance 2023"}}""".formatted(requirementId)));

        sentTwice(List.of(
                new Create("requested learning", "/api/staff/" + school.teacherId() + "/cpd-activities", """
                        {"activityId": "%s", "title": "Phonics refresher", "type": "COURSE",
                         "startsOn": "2026-03-02", "endsOn": "2026-03-02", "expectedHours": 6, "cost": 120,
                         "intendedImpact": "Sharper phonics teaching"}""".formatted(UUID.randomUUID()),
                        null),
                new Create("learning already done", "/api/staff/" + school.teacherId() + "/completed-cpd-activities",
                        """
                        {"activityId": "%s", "title": "Reading research", "type": "READING",
                         "startedOn": "2026-02-02", "completedOn": "2026-02-02", "hours": 2}"""
                                .formatted(UUID.randomUUID()), null),
                new Create("a school priority", "/api/schools/" + school.schoolId() + "/priorities", """
                        {"priorityId": "%s", "academicYear": "2025/26", "title": "Reading for pleasure"}"""
                        .formatted(UUID.randomUUID()), null),
                new Create("an objective", appraisal + "/objectives", """
                        {"objectiveId": "%s", "title": "Lead phonics", "successCriteria": "Seen in reading checks",
                         "standards": ["TS3"]}""".formatted(UUID.randomUUID()), null),
                new Create("a progress note", appraisal + "/notes", """
                        {"noteId": "%s", "note": "Good progress with Year 4"}""".formatted(UUID.randomUUID()), null),
                new Create("an evidence reference", appraisal + "/evidence", """
                        {"evidenceId": "%s", "description": "Lesson observation", "reference": "SharePoint/obs-12"}"""
                        .formatted(UUID.randomUUID()), null),
                new Create("a development need", appraisal + "/development-needs", """
                        {"needId": "%s", "description": "Questioning in maths"}""".formatted(UUID.randomUUID()),
                        null),
                new Create("an impact evaluation", "/api/cpd-activities/" + learning + "/evaluations", """
                        {"evaluationId": "%s", "level": "REACTIONS", "judgement": "EVIDENT",
                         "note": "Found it useful"}""".formatted(UUID.randomUUID()), null),
                new Create("a training completion", "/api/staff/" + school.teacherId() + "/training-completions", """
                        {"requirementId": "%s", "completedOn": "2025-10-01", "provider": "Local authority"}"""
                        .formatted(requirementId), null),
                new Create("a training exemption", "/api/staff/" + school.teacherId() + "/training-exemptions", """
                        {"requirementId": "%s", "reason": "Long-term absence", "from": "2026-01-05",
                         "until": "2026-03-31"}""".formatted(requirementId), null)));
    }

    private static String requirement() {
        return """
                {"requirementId": "%s", "effectiveFrom": "2025-09-01",
                 "terms": {"title": "Fire safety", "category": "FIRE_SAFETY", "dueWithinDays": 30,
                           "renewalMonths": 12, "source": "School policy 2025"}}""".formatted(UUID.randomUUID());
    }

    private void sentTwice(List<Create> creates) {
        for (Create create : creates) {
            long before = events.count();
            ResponseEntity<String> first = admin.post(create.path(), create.body());
            assertThat(first.getStatusCode().is2xxSuccessful()).as("%s: %s", create.what(), first.getBody()).isTrue();
            long recorded = events.count();
            assertThat(recorded).as(create.what()).isGreaterThan(before);

            ResponseEntity<String> retry = admin.post(create.path(), create.body());

            if (create.retryCode() == null) {
                assertThat(retry.getStatusCode()).as("%s: %s", create.what(), retry.getBody())
                        .isEqualTo(first.getStatusCode());
            } else {
                assertThat(retry.getStatusCode().value()).as("%s: %s", create.what(), retry.getBody()).isEqualTo(409);
                assertThat(admin.read(retry).path("code").asText()).as(create.what()).isEqualTo(create.retryCode());
            }
            assertThat(events.count()).as(create.what()).isEqualTo(recorded);
        }
    }
}
