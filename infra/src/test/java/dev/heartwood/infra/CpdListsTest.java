package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.heartwood.infra.DirectoryListsTest.read;
import static dev.heartwood.infra.DirectoryListsTest.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's professional learning and a school's requests awaiting a decision. At Oakfield, Asha asked for a
 * phonics course (not yet decided), coaching (approved), a conference (declined) and a maths course (approved and
 * completed), and logged reading done two years ago; Ben asked for a leadership course (not yet decided).
 */
class CpdListsTest extends ApiTestBase {

    private UUID school;
    private UUID asha;
    private UUID ben;
    private UUID phonics;
    private UUID coaching;
    private UUID conference;
    private UUID maths;
    private UUID reading;
    private UUID leadership;
    private Api headteacher;
    private Given records;

    @BeforeEach
    void oakfieldsLearning() {
        records = new Given(admin);
        school = records.school(null, "Oakfield Primary");
        headteacher = headteacherOf(school);
        asha = records.teacher(school, "Asha Patel");
        ben = records.teacher(school, "Ben Okafor");
        phonics = request(asha, "Phonics for all", "COURSE", "2026-03-02", "120", "2025-09-01");
        coaching = request(asha, "Coaching in questioning", "COACHING", "2025-11-10", "0", "2025-09-02");
        conference = request(asha, "Reading conference", "NETWORK", "2026-01-15", "450", "2025-09-03");
        maths = request(asha, "Mastery in maths", "COURSE", "2025-10-01", "200", "2025-09-04");
        leadership = request(ben, "Middle leadership", "QUALIFICATION", "2026-02-01", "300", "2025-09-05");
        records.approve(coaching);
        records.decline(conference);
        records.approve(maths);
        records.complete(maths, "2025-10-02", "5", "180");
        reading = records.log(asha, "READING", "2024-06-20", "3", "0", List.of(), List.of());
        caughtUp("directory");
        caughtUp("cpd-activities");
    }

    @Test
    void aPersonSeesTheirLearningTheLatestFirstFilteredByStatusAndYear() {
        Api ashaSignedIn = Api.asStaff(port, asha);
        String hers = "/api/staff/" + asha + "/cpd-activities";

        JsonNode all = read(ashaSignedIn, hers);

        assertThat(values(all, "activityId")).containsExactly(phonics.toString(), conference.toString(),
                coaching.toString(), maths.toString(), reading.toString());
        JsonNode declined = all.path("rows").get(1);
        assertThat(declined.path("status").asText()).isEqualTo("DECLINED");
        assertThat(declined.path("declineReason").asText()).isEqualTo("No budget");
        assertThat(declined.path("decidedOn").asText()).isEqualTo(Given.ASKED_ON);
        assertThat(declined.path("expectedCost").decimalValue()).isEqualByComparingTo("450");
        JsonNode completed = all.path("rows").get(3);
        assertThat(completed.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.path("completedOn").asText()).isEqualTo("2025-10-02");
        assertThat(completed.path("completedHours").decimalValue()).isEqualByComparingTo("5");
        assertThat(completed.path("completedCost").decimalValue()).isEqualByComparingTo("180");
        JsonNode logged = all.path("rows").get(4);
        assertThat(logged.path("requestedOn").isNull()).isTrue();
        assertThat(logged.path("academicYear").asText()).isEqualTo("2023/24");
        assertThat(values(read(ashaSignedIn, hers + "?status=APPROVED"), "activityId"))
                .containsExactly(coaching.toString());
        assertThat(values(read(ashaSignedIn, hers + "?academicYear=2023/24"), "activityId"))
                .containsExactly(reading.toString());
        assertThat(values(read(ashaSignedIn, hers + "?sort=title"), "title")).containsExactly(
                "Coaching in questioning", "Learning", "Mastery in maths", "Phonics for all", "Reading conference");
        assertThat(values(read(ashaSignedIn, hers + "?sort=cost&size=2"), "activityId"))
                .containsExactly(conference.toString(), maths.toString());
        assertThat(read(headteacher, hers).path("total").asLong()).isEqualTo(5);
        assertThat(ashaSignedIn.refusal(403, ashaSignedIn.get("/api/staff/" + ben + "/cpd-activities")))
                .isEqualTo("forbidden");
        assertThat(ashaSignedIn.refusal(400, ashaSignedIn.get(hers + "?status=LOST"))).isEqualTo("invalid-input");
    }

    @Test
    void theApproversQueueHoldsTheRequestsAwaitingADecisionTheLongestWaitingFirst() {
        String queue = "/api/schools/" + school + "/cpd-activities/pending";

        JsonNode pending = read(headteacher, queue);

        assertThat(values(pending, "activityId")).containsExactly(phonics.toString(), leadership.toString());
        JsonNode bens = pending.path("rows").get(1);
        assertThat(bens.path("staffName").asText()).isEqualTo("Ben Okafor");
        assertThat(bens.path("expectedCost").decimalValue()).isEqualByComparingTo("300");
        assertThat(bens.path("coverDays").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(bens.path("intendedImpact").asText()).isEqualTo("Better reading");
        assertThat(values(read(headteacher, queue + "?sort=cost"), "activityId"))
                .containsExactly(leadership.toString(), phonics.toString());
        assertThat(values(read(headteacher, queue + "?sort=startsOn"), "activityId"))
                .containsExactly(leadership.toString(), phonics.toString());
        assertThat(headteacher.refusal(400, headteacher.get(queue + "?sort=title"))).isEqualTo("invalid-input");

        records.approve(phonics);
        caughtUp("cpd-activities");

        assertThat(values(read(headteacher, queue), "activityId")).containsExactly(leadership.toString());
    }

    @Test
    void theQueueIsTheSchoolLeadersAndALearnersListTheirsAndTheirLeaders() {
        Api teacher = Api.asStaff(port, ben);
        UUID hrId = records.teacher(school, "Hugo Marsh");
        headteacher.expect(204, headteacher.put("/api/staff/" + hrId + "/access/HR", ""));
        Api hr = Api.asStaff(port, hrId);
        Api anotherHead = headteacherOf(records.school(null, "Elmside Primary"));
        String queue = "/api/schools/" + school + "/cpd-activities/pending";

        assertThat(teacher.refusal(403, teacher.get(queue))).isEqualTo("forbidden");
        assertThat(hr.refusal(403, hr.get(queue))).isEqualTo("forbidden");
        assertThat(hr.refusal(403, hr.get("/api/staff/" + asha + "/cpd-activities"))).isEqualTo("forbidden");
        assertThat(anotherHead.refusal(404, anotherHead.get(queue))).isEqualTo("record-not-found");
        assertThat(anotherHead.refusal(404, anotherHead.get("/api/staff/" + asha + "/cpd-activities")))
                .isEqualTo("record-not-found");
        assertThat(admin.refusal(404, admin.get("/api/schools/" + UUID.randomUUID() + "/cpd-activities/pending")))
                .isEqualTo("school-not-found");
    }

    /**
     * Learning asked for on {@code askedOn} (before the day {@link Given} decides on it), starting and ending
     * on {@code on}, taking 6 hours and half a day's cover.
     */
    private UUID request(UUID staffId, String title, String type, String on, String cost, String askedOn) {
        UUID activityId = UUID.randomUUID();
        admin.expect(201, admin.post("/api/staff/" + staffId + "/cpd-activities", """
                {"activityId": "%s", "title": "%s", "type": "%s", "startsOn": "%s", "endsOn": "%s",
                 "expectedHours": 6, "cost": %s, "coverDays": 0.5, "intendedImpact": "Better reading", "on": "%s"}"""
                .formatted(activityId, title, type, on, on, cost, askedOn)));
        return activityId;
    }
}
