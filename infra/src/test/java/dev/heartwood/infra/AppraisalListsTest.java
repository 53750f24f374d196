package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.heartwood.infra.DirectoryListsTest.read;
import static dev.heartwood.infra.DirectoryListsTest.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school's cycles and the appraisals of a cycle, of a person and of an appraiser. At Oakfield, Ben appraises Asha
 * and Cara in 2025/26, when Dev is exempt; the headteacher appraised Asha in 2024/25; a governor appraises the
 * headteacher.
 */
class AppraisalListsTest extends ApiTestBase {

    private UUID school;
    private UUID headteacherId;
    private UUID asha;
    private UUID ben;
    private UUID cara;
    private UUID dev;
    private UUID lastYear;
    private UUID thisYear;
    private UUID ashasLastYear;
    private UUID ashasThisYear;
    private UUID carasThisYear;
    private UUID devsExemption;
    private UUID headsThisYear;
    private Api headteacher;

    @BeforeEach
    void oakfieldsTwoYears() {
        Given records = new Given(admin);
        school = records.school(null, "Oakfield Primary");
        headteacherId = UUID.randomUUID();
        admin.expect(201, admin.registerStaff(school, headteacherId, "Helen Ward", "HEADTEACHER"));
        headteacher = Api.asStaff(port, headteacherId);
        asha = records.teacher(school, "Asha Patel");
        ben = records.teacher(school, "Ben Okafor");
        cara = records.teacher(school, "Cara Lewis");
        dev = records.teacher(school, "Dev Shah");
        UUID governor = UUID.randomUUID();
        admin.expect(201, admin.registerStaff(school, governor, "Gina Holt", "GOVERNOR"));
        lastYear = records.cycle(school, "2024/25");
        thisYear = records.cycle(school, "2025/26");
        ashasLastYear = records.appraisal(lastYear, asha, headteacherId);
        ashasThisYear = records.appraisal(thisYear, asha, ben);
        carasThisYear = records.appraisal(thisYear, cara, ben);
        headsThisYear = records.appraisal(thisYear, headteacherId, governor);
        records.objective(ashasThisYear);
        records.withdraw(ashasThisYear, records.objective(ashasThisYear));
        devsExemption = UUID.randomUUID();
        admin.expect(201, admin.post("/api/cycles/" + thisYear + "/exemptions", """
                {"appraisalId": "%s", "appraiseeId": "%s", "reason": "CONTRACT_UNDER_ONE_TERM"}"""
                .formatted(devsExemption, dev)));
        caughtUp("directory");
        caughtUp("appraisal-summary");
    }

    @Test
    void aSchoolsCyclesAreListedLatestFirstWithTheirAppraisalsCounted() {
        JsonNode cycles = read(headteacher, "/api/schools/" + school + "/cycles");
        JsonNode current = cycles.path("rows").get(0);

        assertThat(values(cycles, "cycleId")).containsExactly(thisYear.toString(), lastYear.toString());
        assertThat(current.path("academicYear").asText()).isEqualTo("2025/26");
        assertThat(current.path("payPolicy").asText()).isEqualTo("NOT_PERFORMANCE_RELATED");
        assertThat(current.path("objectivesBy").asText()).isEqualTo("2025-10-31");
        assertThat(current.path("headteacherPayDecisionBy").asText()).isEqualTo("2026-12-31");
        assertThat(current.path("appraisals").asInt()).isEqualTo(4);
        assertThat(current.path("underWay").asInt()).isEqualTo(3);
        assertThat(current.path("exempt").asInt()).isEqualTo(1);
        assertThat(current.path("completed").numberValue()).isEqualTo(0);
        assertThat(cycles.path("freshness").path("lastEventIndex").asLong())
                .isEqualTo(current.path("lastEventIndex").asLong());
        assertThat(read(headteacher, "/api/cycles/" + lastYear).path("appraisals").asInt()).isOne();
        assertThat(read(admin, "/api/schools/" + school + "/cycles?size=1&page=1").path("rows")).hasSize(1);
    }

    @Test
    void aCyclesAppraisalsAreFilteredByStatusAndAppraiserAndSorted() {
        String appraisals = "/api/cycles/" + thisYear + "/appraisals";

        JsonNode all = read(headteacher, appraisals);
        JsonNode ashas = all.path("rows").get(0);

        assertThat(values(all, "appraisalId")).containsExactly(ashasThisYear.toString(), carasThisYear.toString(),
                devsExemption.toString(), headsThisYear.toString());
        assertThat(ashas.path("appraiseeName").asText()).isEqualTo("Asha Patel");
        assertThat(ashas.path("appraiserName").asText()).isEqualTo("Ben Okafor");
        assertThat(ashas.path("status").asText()).isEqualTo("UNDER_WAY");
        assertThat(ashas.path("objectives").asInt()).as("the withdrawn objective is not counted").isOne();
        assertThat(values(read(headteacher, appraisals + "?status=EXEMPT"), "appraisalId"))
                .containsExactly(devsExemption.toString());
        assertThat(values(read(headteacher, appraisals + "?appraiserId=" + ben), "appraisalId"))
                .containsExactly(ashasThisYear.toString(), carasThisYear.toString());
        assertThat(values(read(headteacher, appraisals + "?sort=appraiser"), "appraisalId"))
                .containsExactly(ashasThisYear.toString(), carasThisYear.toString(), headsThisYear.toString(),
                        devsExemption.toString());
        assertThat(values(read(headteacher, appraisals + "?sort=status"), "status"))
                .containsExactly("EXEMPT", "UNDER_WAY", "UNDER_WAY", "UNDER_WAY");
        assertThat(read(headteacher, appraisals + "?size=3&page=1").path("total").asLong()).isEqualTo(4);
        assertThat(headteacher.refusal(400, headteacher.get(appraisals + "?status=LOST"))).isEqualTo("invalid-input");
        assertThat(headteacher.refusal(400, headteacher.get(appraisals + "?sort=pay"))).isEqualTo("invalid-input");
    }

    @Test
    void aPersonSeesTheirOwnAppraisalsOverTheYearsAndAnAppraiserThoseTheyHold() {
        Api ashaSignedIn = Api.asStaff(port, asha);
        Api benSignedIn = Api.asStaff(port, ben);

        assertThat(values(read(ashaSignedIn, "/api/staff/" + asha + "/appraisals"), "appraisalId"))
                .containsExactly(ashasThisYear.toString(), ashasLastYear.toString());
        assertThat(values(read(headteacher, "/api/staff/" + dev + "/appraisals?status=EXEMPT"), "exemption"))
                .containsExactly("CONTRACT_UNDER_ONE_TERM");
        assertThat(values(read(benSignedIn, "/api/staff/" + ben + "/appraisees"), "appraiseeId"))
                .containsExactly(asha.toString(), cara.toString());
        assertThat(values(read(headteacher, "/api/staff/" + headteacherId + "/appraisees?academicYear=2024/25"),
                "appraisalId")).containsExactly(ashasLastYear.toString());
        assertThat(read(benSignedIn, "/api/staff/" + ben + "/appraisees?academicYear=2024/25").path("total")
                .numberValue()).isEqualTo(0);
        assertThat(ashaSignedIn.refusal(403, ashaSignedIn.get("/api/staff/" + cara + "/appraisals")))
                .isEqualTo("forbidden");
        assertThat(ashaSignedIn.refusal(403, ashaSignedIn.get("/api/staff/" + ben + "/appraisees")))
                .isEqualTo("forbidden");
        assertThat(admin.refusal(400, admin.get("/api/staff/" + ben + "/appraisees?academicYear=2025/27")))
                .isEqualTo("invalid-input");
    }

    @Test
    void theListsAreForTheSchoolsLeadersAndTheHeadteachersOwnAppraisalsForTheirGovernorsAndTrustOnly() {
        Api teacher = Api.asStaff(port, cara);
        UUID seniorLeaderId = new Given(admin).teacher(school, "Sam Reed");
        headteacher.expect(204, headteacher.put("/api/staff/" + seniorLeaderId + "/access/SENIOR_LEADER", ""));
        Api seniorLeader = Api.asStaff(port, seniorLeaderId);
        Api anotherHead = headteacherOf(new Given(admin).school(null, "Elmside Primary"));

        seniorLeader.expect(200, seniorLeader.get("/api/cycles/" + thisYear + "/appraisals"));
        seniorLeader.expect(200, seniorLeader.get("/api/staff/" + asha + "/appraisals"));
        assertThat(seniorLeader.refusal(403, seniorLeader.get("/api/staff/" + headteacherId + "/appraisals")))
                .isEqualTo("forbidden");
        assertThat(teacher.refusal(403, teacher.get("/api/schools/" + school + "/cycles"))).isEqualTo("forbidden");
        assertThat(teacher.refusal(403, teacher.get("/api/cycles/" + thisYear + "/appraisals")))
                .isEqualTo("forbidden");
        assertThat(anotherHead.refusal(404, anotherHead.get("/api/cycles/" + thisYear))).isEqualTo("record-not-found");
        assertThat(anotherHead.refusal(404, anotherHead.get("/api/staff/" + asha + "/appraisals")))
                .isEqualTo("record-not-found");
        assertThat(admin.refusal(404, admin.get("/api/cycles/" + UUID.randomUUID() + "/appraisals")))
                .isEqualTo("cycle-not-found");
        assertThat(admin.refusal(404, admin.get("/api/staff/" + UUID.randomUUID() + "/appraisees")))
                .isEqualTo("staff-member-not-found");
    }
}
