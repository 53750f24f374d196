package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outside review's identity takeover, step by step: an HR officer of one school tries to become a colleague,
 * a headteacher or the trust's leader by editing, registering and importing staff records. Each attempt is refused,
 * or gains her nothing: people sign in by their provider's subject, and an address belongs to one current person of
 * a trust.
 */
class IdentityTakeoverTest extends ApiTestBase {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private UUID school;
    private UUID hrId;
    private UUID colleagueId;
    private UUID leaderId;
    private Api hr;
    private Api colleague;

    @BeforeEach
    void aTrustWithAnHrOfficerAColleagueAndALeader() {
        Given records = new Given(admin);
        UUID trust = records.trust("Willow Trust");
        school = records.school(trust, "Oakfield Academy");
        UUID headId = records.teacher(school, "Ruth Hale");
        admin.expect(204, admin.put("/api/staff/" + headId + "/category", """
                {"category": "HEADTEACHER", "from": "2025-09-01"}"""));
        hrId = registered("HR-1", "Helen Reed", "SUPPORT_STAFF");
        colleagueId = registered("T-1", "Asha Patel", "TEACHER");
        leaderId = records.teacher(records.school(trust, "Elmside Academy"), "Olu Bello");
        admin.expect(204, admin.put("/api/staff/" + leaderId + "/access/TRUST_LEADER?scope=TRUST", ""));
        Api.asStaff(port, headId).expect(204, Api.asStaff(port, headId).put("/api/staff/" + hrId + "/access/HR", ""));
        hr = Api.asStaff(port, hrId);
        colleague = Api.asStaff(port, colleagueId);
        Api.asStaff(port, leaderId);
    }

    private UUID registered(String externalId, String name, String category) {
        UUID staffId = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools/" + school + "/staff", """
                {"staffId": "%s", "externalId": "%s", "name": "%s", "email": "%s", "category": "%s",
                 "startDate": "2020-09-01", "fte": 1}""".formatted(staffId, externalId, name, Api.emailOf(staffId),
                category)));
        return staffId;
    }

    @Test
    void anHrOfficerCannotGiveAColleagueHerAddressNorBecomeTheColleagueThroughANewOne() {
        int before = events.typesOf(colleagueId).size();

        assertThat(hr.refusal(409, details(colleagueId, Api.emailOf(hrId)))).isEqualTo("email-already-used");
        assertThat(events.typesOf(colleagueId)).hasSize(before);

        // an address she might also control is a correction HR may make; it opens the record to no one new
        String newAddress = "asha.patel-" + UUID.randomUUID() + "@mail.example";
        hr.expect(204, details(colleagueId, newAddress));
        Api newAccountWithThatAddress = Api.as(port, newAddress);
        assertThat(newAccountWithThatAddress.refusal(403, newAccountWithThatAddress.get("/api/me")))
                .isEqualTo("unknown-person");
        assertThat(staffIdsOf(hr)).isEqualTo(hrId.toString());
        assertThat(staffIdsOf(colleague)).isEqualTo(colleagueId.toString());
    }

    @Test
    void anHrOfficerCannotRegisterAHeadteacherWithHerOwnAddressNorGainOneWithAnotherAddress() {
        assertThat(hr.refusal(409, hr.post("/api/schools/" + school + "/staff", newStaff(Api.emailOf(hrId)))))
                .isEqualTo("email-already-used");

        String anotherAddress = "head-" + UUID.randomUUID() + "@mail.example";
        hr.expect(201, hr.post("/api/schools/" + school + "/staff", newStaff(anotherAddress)));
        Api hrWithThatAddress = Api.withToken(port, TestIssuer.token(TestIssuer.claims(anotherAddress)
                .subject("subject-of-" + Api.emailOf(hrId)).build()));

        JsonNode me = hr.read(hrWithThatAddress.get("/api/me"));
        assertThat(me.path("staff")).hasSize(1);
        assertThat(me.path("staff").get(0).path("staffId").asText()).isEqualTo(hrId.toString());
        assertThat(me.path("staff").get(0).path("category").asText()).isEqualTo("SUPPORT_STAFF");
    }

    @Test
    void anHrOfficerCannotTakeTheTrustLeadersAddress() {
        Api head = Api.as(port, Api.emailOf(leaderId));

        assertThat(admin.refusal(409, details(hrId, Api.emailOf(leaderId), admin))).isEqualTo("email-already-used");
        assertThat(hr.refusal(403, details(hrId, "helen@home.example"))).isEqualTo("forbidden");
        assertThat(staffIdsOf(head)).isEqualTo(leaderId.toString());
    }

    @Test
    void aStaffImportCannotMoveAnAddressToAnotherPersonNorChangeTheImportersOwnRecord() {
        String export = String.join("\n",
                "External ID,Name,E-mail,Category,Start date,FTE",
                "T-1,Asha Patel," + Api.emailOf(hrId) + ",Teacher,2020-09-01,1",
                "HR-1,Helen Reed," + Api.emailOf(hrId) + ",Headteacher,2020-09-01,1");
        int colleaguesBefore = events.typesOf(colleagueId).size();
        int hrsBefore = events.typesOf(hrId).size();

        JsonNode report = hr.read(hr.post("/api/schools/" + school + "/staff/import", export, CSV));

        assertThat(report.path("failed").asInt()).isEqualTo(2);
        assertThat(report.path("errors")).extracting(error -> error.path("line").asInt() + " " + error.path("code")
                .asText()).containsExactly("2 email-already-used", "3 not-on-your-own-record");
        assertThat(events.typesOf(colleagueId)).hasSize(colleaguesBefore);
        assertThat(events.typesOf(hrId)).hasSize(hrsBefore);
        assertThat(staffIdsOf(colleague)).isEqualTo(colleagueId.toString());
    }

    @Test
    void whatTheColleagueDoesIsRecordedAsHersAfterHrCorrectedHerAddress() {
        hr.expect(204, details(colleagueId, "asha-" + UUID.randomUUID() + "@mail.example"));
        UUID activityId = UUID.randomUUID();

        colleague.expect(201, colleague.post("/api/staff/" + colleagueId + "/completed-cpd-activities", """
                {"activityId": "%s", "title": "Phonics refresher", "type": "COURSE", "startedOn": "2025-11-03",
                 "completedOn": "2025-11-03", "hours": 3}""".formatted(activityId)));

        assertThat(events.metadataOf(colleagueId, "StaffDetailsChanged").path("actorId").asText())
                .isEqualTo(hrId.toString());
        assertThat(events.metadataOf(activityId, "CompletedCpdLogged").path("actorId").asText())
                .isEqualTo(colleagueId.toString());
    }

    private ResponseEntity<String> details(UUID staffId, String email) {
        return details(staffId, email, hr);
    }

    private static ResponseEntity<String> details(UUID staffId, String email, Api caller) {
        return caller.put("/api/staff/" + staffId + "/details", """
                {"name": "Someone", "email": "%s"}""".formatted(email));
    }

    private String newStaff(String email) {
        return """
                {"staffId": "%s", "name": "New Head", "email": "%s", "category": "HEADTEACHER",
                 "startDate": "2025-09-01", "fte": 1}""".formatted(UUID.randomUUID(), email);
    }

    private static String staffIdsOf(Api caller) {
        JsonNode me = caller.read(caller.get("/api/me"));
        return me.path("staff").size() == 1 ? me.path("staff").get(0).path("staffId").asText() : me.toString();
    }
}
