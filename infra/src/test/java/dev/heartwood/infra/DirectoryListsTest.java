package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trusts, a trust's schools and a school's staff, found without knowing their ids: filtered, sorted and paged,
 * each for those who may see it and no one else.
 */
class DirectoryListsTest extends ApiTestBase {

    private final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void theTrustsAreListedByNameForAnAdministratorAndFoundByAPartOfTheirName() {
        Given records = new Given(admin);
        UUID beech = records.trust(tag + " Beech Trust");
        UUID alder = records.trust(tag + " Alder Trust");
        records.school(alder, "Alder Primary");
        caughtUp("directory");
        String mine = "/api/trusts?q=" + tag.toLowerCase();

        JsonNode all = read(admin, mine);
        JsonNode second = read(admin, mine + "&size=1&page=1");

        assertThat(values(all, "name")).containsExactly(tag + " Alder Trust", tag + " Beech Trust");
        assertThat(values(all, "schools")).containsExactly("1", "0");
        assertThat(values(all, "trustId")).containsExactly(alder.toString(), beech.toString());
        assertThat(all.path("total").asLong()).isEqualTo(2);
        assertThat(all.path("freshness").path("lastEventIndex").asLong()).isPositive();
        assertThat(values(second, "name")).containsExactly(tag + " Beech Trust");
        assertThat(second.path("total").asLong()).isEqualTo(2);
        assertThat(read(admin, "/api/trusts/" + alder).path("name").asText())
                .isEqualTo(tag + " Alder Trust");
        Api headteacher = headteacherOf(records.school(alder, "Alder Junior"));
        assertThat(headteacher.refusal(403, headteacher.get(mine))).isEqualTo("forbidden");
        assertThat(admin.refusal(400, admin.get("/api/trusts?q=" + "x".repeat(201)))).isEqualTo("invalid-input");
    }

    @Test
    void aTrustsSchoolsAreListedByNameForItsLeadersAndHrAndNoOneElse() {
        Given records = new Given(admin);
        UUID trust = records.trust("Hazel Trust");
        UUID cedar = records.school(trust, "Cedar Academy");
        UUID birch = records.school(trust, "Birch Academy");
        UUID ash = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools", """
                {"schoolId": "%s", "trustId": "%s", "name": "Ash Primary", "type": "MAINTAINED"}"""
                .formatted(ash, trust)));
        records.school(records.trust("Rowan Trust"), "Rowan Academy");
        UUID leaderId = records.teacher(birch, "Lena Shah");
        UUID hrId = records.teacher(cedar, "Hugo Marsh");
        admin.expect(204, admin.put("/api/staff/" + leaderId + "/access/TRUST_LEADER?scope=TRUST", ""));
        Api leader = Api.asStaff(port, leaderId);
        leader.expect(204, leader.put("/api/staff/" + hrId + "/access/HR?scope=TRUST", ""));
        Api hr = Api.asStaff(port, hrId);
        Api cedarsHead = headteacherOf(cedar);
        caughtUp("directory");
        String schools = "/api/trusts/" + trust + "/schools";

        assertThat(values(read(leader, schools), "name"))
                .containsExactly("Ash Primary", "Birch Academy", "Cedar Academy");
        assertThat(values(read(hr, schools + "?type=ACADEMY"), "name"))
                .containsExactly("Birch Academy", "Cedar Academy");
        assertThat(values(read(admin, schools + "?type=MAINTAINED"), "schoolId"))
                .containsExactly(ash.toString());
        assertThat(read(admin, schools + "?size=2").path("total").asLong()).isEqualTo(3);
        assertThat(cedarsHead.refusal(403, cedarsHead.get(schools))).isEqualTo("forbidden");
        Api anotherTrustsHead = headteacherOf(records.school(records.trust("Yew Trust"), "Yew Academy"));
        assertThat(anotherTrustsHead.refusal(404, anotherTrustsHead.get(schools))).isEqualTo("record-not-found");
        assertThat(admin.refusal(404, admin.get("/api/trusts/" + UUID.randomUUID() + "/schools")))
                .isEqualTo("trust-not-found");
        assertThat(admin.refusal(400, admin.get(schools + "?type=CASTLE"))).isEqualTo("invalid-input");
    }

    @Test
    void aSchoolsStaffAreFoundByNameAddressOrMisIdentifierAndByCategory() {
        UUID school = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(school, "Oakfield Primary"));
        UUID asha = person(school, "Asha Patel", "asha.patel@oakfield.example", "T100", "TEACHER", "2019-09-01");
        UUID ben = person(school, "Ben Okafor", "b.okafor@oakfield.example", "T200", "TEACHER", "2022-09-01");
        UUID cara = person(school, "Cara Lewis", "c.lewis@oakfield.example", "S300", "SUPPORT_STAFF", "2021-01-04");
        caughtUp("directory");
        String staff = "/api/schools/" + school + "/staff";

        assertThat(ids(admin.get(staff + "?q=OKAF"))).containsExactly(ben.toString());
        assertThat(ids(admin.get(staff + "?q=asha.patel@"))).containsExactly(asha.toString());
        assertThat(ids(admin.get(staff + "?q=t2"))).containsExactly(ben.toString());
        assertThat(ids(admin.get(staff + "?q=s300"))).containsExactly(cara.toString());
        assertThat(ids(admin.get(staff + "?q=nobody"))).isEmpty();
        assertThat(ids(admin.get(staff + "?category=SUPPORT_STAFF"))).containsExactly(cara.toString());
        JsonNode row = read(admin, staff + "?q=okafor").path("rows").get(0);
        assertThat(row.path("name").asText()).isEqualTo("Ben Okafor");
        assertThat(row.path("email").asText()).isEqualTo("b.okafor@oakfield.example");
        assertThat(row.path("externalId").asText()).isEqualTo("T200");
        assertThat(row.path("category").asText()).isEqualTo("TEACHER");
        assertThat(row.path("startDate").asText()).isEqualTo("2022-09-01");
        assertThat(admin.refusal(400, admin.get(staff + "?category=WIZARD"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(staff + "?q=" + "x".repeat(201)))).isEqualTo("invalid-input");
    }

    @Test
    void aSchoolsStaffAreCurrentStaffUnlessLeaversOrAllAreAskedForSortedAndPaged() {
        UUID school = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(school, "Oakfield Primary"));
        UUID asha = person(school, "Asha Patel", "a.patel@oakfield.example", "T100", "TEACHER", "2019-09-01");
        UUID ben = person(school, "Ben Okafor", "b.okafor@oakfield.example", "T200", "TEACHER", "2022-09-01");
        UUID cara = person(school, "Cara Lewis", "c.lewis@oakfield.example", "S300", "SUPPORT_STAFF", "2021-01-04");
        UUID dan = person(school, "Dan Reeve", "d.reeve@oakfield.example", null, "TEACHER", "2018-09-01");
        UUID eve = person(school, "Eve Stone", "e.stone@oakfield.example", null, "TEACHER", "2020-09-01");
        // Dan's last day has passed; Eve's is still to come (the tests' today is 15 July 2026)
        admin.expect(204, admin.put("/api/staff/" + dan + "/leaving", "{\"leaveDate\": \"2026-03-31\"}"));
        admin.expect(204, admin.put("/api/staff/" + eve + "/leaving", "{\"leaveDate\": \"2026-08-31\"}"));
        caughtUp("directory");
        String staff = "/api/schools/" + school + "/staff";

        assertThat(ids(admin.get(staff))).containsExactly(asha.toString(), ben.toString(), cara.toString(),
                eve.toString());
        assertThat(ids(admin.get(staff + "?status=leavers"))).containsExactly(dan.toString());
        assertThat(ids(admin.get(staff + "?status=all"))).hasSize(5);
        assertThat(ids(admin.get(staff + "?sort=externalId"))).containsExactly(cara.toString(), asha.toString(),
                ben.toString(), eve.toString());
        assertThat(ids(admin.get(staff + "?sort=startDate"))).containsExactly(ben.toString(), cara.toString(),
                eve.toString(), asha.toString());
        JsonNode page = read(admin, staff + "?size=2&page=1");
        assertThat(values(page, "staffId")).containsExactly(cara.toString(), eve.toString());
        assertThat(page.path("total").asLong()).isEqualTo(4);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("freshness").path("lastEventIndex").asLong()).isPositive();
        assertThat(admin.refusal(400, admin.get(staff + "?status=former"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(staff + "?sort=salary"))).isEqualTo("invalid-input");
    }

    @Test
    void aSchoolsStaffAreListedForItsLeadersAndHrOnly() {
        UUID school = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(school, "Oakfield Primary"));
        Api headteacher = headteacherOf(school);
        UUID hrId = UUID.randomUUID();
        admin.expect(201, admin.registerStaff(school, hrId, "Hugo Marsh", "SUPPORT_STAFF"));
        headteacher.expect(204, headteacher.put("/api/staff/" + hrId + "/access/HR", ""));
        Api hr = Api.asStaff(port, hrId);
        Api teacher = staffMemberOf(school, "TEACHER");
        UUID elsewhere = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(elsewhere, "Elmside Primary"));
        Api anotherHead = headteacherOf(elsewhere);
        caughtUp("directory");
        String staff = "/api/schools/" + school + "/staff";

        assertThat(read(headteacher, staff).path("total").asLong()).isEqualTo(3);
        assertThat(read(hr, staff + "?q=marsh").path("total").asLong()).isOne();
        assertThat(teacher.refusal(403, teacher.get(staff))).isEqualTo("forbidden");
        assertThat(anotherHead.refusal(404, anotherHead.get(staff))).isEqualTo("record-not-found");
        assertThat(admin.refusal(404, admin.get("/api/schools/" + UUID.randomUUID() + "/staff")))
                .isEqualTo("school-not-found");
    }

    private UUID person(UUID school, String name, String email, String externalId, String category,
                        String startDate) {
        UUID staffId = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools/" + school + "/staff", """
                {"staffId": "%s", "externalId": %s, "name": "%s", "email": "%s", "category": "%s",
                 "startDate": "%s", "fte": 1}""".formatted(staffId,
                externalId == null ? "null" : "\"" + externalId + "\"", name, email, category, startDate)));
        return staffId;
    }

    private List<String> ids(ResponseEntity<String> response) {
        admin.expect(200, response);
        return values(admin.read(response), "staffId");
    }

    /** A page that must be answered. */
    static JsonNode read(Api caller, String path) {
        ResponseEntity<String> response = caller.get(path);
        caller.expect(200, response);
        return caller.read(response);
    }

    /** A field of each row of a page, as text. */
    static List<String> values(JsonNode page, String field) {
        return page.path("rows").findValuesAsText(field);
    }
}
