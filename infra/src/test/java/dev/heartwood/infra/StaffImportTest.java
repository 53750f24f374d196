package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heartwood.infra.EventStore.Appended;
import dev.heartwood.infra.StaffExport.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A school brings its staff into the directory from its MIS export, and keeps them in line by importing again. */
@HeartwoodIntegrationTest
class StaffImportTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final String API = "dev.heartwood.appraisal.api.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Api admin;
    private EventStore events;
    private final UUID school = UUID.randomUUID();

    @BeforeEach
    void registerTheSchool() {
        admin = Api.administrator(port);
        events = new EventStore(jdbc);
        assertThat(admin.registerSchool(school, "Oakfield Academy").getStatusCode().value()).isEqualTo(201);
    }

    private JsonNode imported(StaffExport export) {
        ResponseEntity<String> response = admin.post("/api/schools/" + school + "/staff/import", export.csv(), CSV);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return admin.read(response);
    }

    /** The identifier the import gives a person new to the directory. */
    private UUID staffIdOf(String externalId) {
        return UUID.nameUUIDFromBytes(("heartwood-staff:" + school + ":" + externalId).getBytes(UTF_8));
    }

    private static List<String> linesAndCodes(JsonNode report) {
        List<String> errors = new ArrayList<>();
        report.path("errors").forEach(error -> errors.add(error.path("line").asInt() + " "
                + error.path("externalId").asText() + " " + error.path("code").asText()));
        return errors;
    }

    private static void assertCounts(JsonNode report, int rows, int created, int changed, int unchanged, int failed) {
        assertThat(List.of(report.path("rows").asInt(), report.path("created").asInt(), report.path("changed").asInt(),
                report.path("unchanged").asInt(), report.path("failed").asInt()))
                .containsExactly(rows, created, changed, unchanged, failed);
    }

    @Test
    void importsAWholeSchoolReportsEachBadRowByItsLineChangesNothingWhenRepeatedAndExactlyWhatChangedLater() {
        StaffExport good = StaffExport.ofALargeSchool();
        Person loopA = new Person("L001", "Lola Ford", "l.ford@oakfield.sch.uk", "Teacher", "", "2019-09-01", "1",
                "L002", "");
        Person loopB = new Person("L002", "Luke Ford", "lu.ford@oakfield.sch.uk", "Teacher", "", "2019-09-01", "1",
                "L001", "");
        Person badEmail = new Person("X001", "Nia Roberts", "n.roberts.oakfield.sch.uk", "Teacher", "", "2020-09-01",
                "1", "P001", "");
        Person unknownCategory = new Person("X002", "Ian Bell", "i.bell@oakfield.sch.uk", "Caretaker", "",
                "2020-09-01", "1", "B001", "");
        Person tooManyHours = new Person("X003", "Ada Gray", "a.gray@oakfield.sch.uk", "Teacher", "", "2020-09-01",
                "1.5", "P002", "");
        Person unknownManager = new Person("X004", "Eve Hart", "e.hart@oakfield.sch.uk", "Teacher", "", "2020-09-01",
                "1", "T999", "");
        Person managedByTheLoop = new Person("X006", "Rob Kerr", "r.kerr@oakfield.sch.uk", "Teacher", "",
                "2020-09-01", "1", "L001", "");
        Person duplicate = good.person("T005").withName("Tess Duplicate");
        Person leftBeforeStarting = new Person("X005", "Amy Lowe", "a.lowe@oakfield.sch.uk", "Support staff", "",
                "2024-09-01", "1", "B001", "31/07/2023");
        StaffExport export = good.inserting(3, badEmail).inserting(6, duplicate).inserting(40, unknownCategory)
                .inserting(120, tooManyHours).inserting(200, loopA).inserting(260, unknownManager)
                .inserting(300, managedByTheLoop).inserting(420, loopB).inserting(good.size(), leftBeforeStarting);
        int goodRows = good.size();
        assertThat(export.size()).isGreaterThanOrEqualTo(500);

        JsonNode first = imported(export);

        assertCounts(first, goodRows + 9, goodRows, 0, 0, 9);
        assertThat(linesAndCodes(first)).containsExactly(
                export.lineOf(badEmail) + " X001 invalid-input",
                export.lineOf(duplicate) + " T005 external-id-already-used",
                export.lineOf(unknownCategory) + " X002 invalid-input",
                export.lineOf(tooManyHours) + " X003 invalid-input",
                export.lineOf(loopA) + " L001 line-management-cycle",
                export.lineOf(unknownManager) + " X004 line-manager-not-found",
                export.lineOf(managedByTheLoop) + " X006 line-manager-not-found",
                export.lineOf(loopB) + " L002 line-management-cycle",
                export.lineOf(leftBeforeStarting) + " X005 leave-before-start");
        assertThat(first.path("errors").get(0).path("reason").asText())
                .isEqualTo("e-mail: must be a well-formed email address");
        assertThat(first.path("errors").get(6).path("reason").asText())
                .isEqualTo("The line manager L001 on line " + export.lineOf(loopA) + " was not imported");
        assertThat(events.typesOf(staffIdOf("T001"))).containsExactly(API + "StaffMemberRegistered",
                API + "LineManagerAssigned");
        assertThat(events.typesOf(staffIdOf("T007"))).containsExactly(API + "StaffMemberRegistered",
                API + "LineManagerAssigned", API + "StaffMemberLeft");
        assertThat(events.typesOf(staffIdOf("X005"))).isEmpty();

        long before = events.count();
        JsonNode again = imported(export);

        assertCounts(again, goodRows + 9, 0, 0, goodRows, 9);
        assertThat(linesAndCodes(again)).isEqualTo(linesAndCodes(first));
        assertThat(events.count()).isEqualTo(before);

        long lastIndex = events.lastGlobalIndex();
        StaffExport changed = export
                .replacing(good.person("T010").withRoles("Deputy DSL"))
                .replacing(good.person("T020").withFte("0.8"))
                .replacing(good.person("T030").withLeaveDate("31/12/2025"))
                .replacing(good.person("T040").withLineManager("P002"))
                .replacing(good.person("T050").withName("Siobhan O'Neill"))
                .adding(new Person("N001", "Nadia Hassan", "n.hassan@oakfield.sch.uk", "ECT", "", "05/01/2026",
                        "1", "P003", ""));

        JsonNode third = imported(changed);

        assertCounts(third, goodRows + 10, 1, 5, goodRows - 5, 9);
        assertThat(events.appendedAfter(lastIndex)).containsExactlyInAnyOrder(
                new Appended(staffIdOf("T010").toString(), API + "StaffRoleAssigned"),
                new Appended(staffIdOf("T020").toString(), API + "StaffFteChanged"),
                new Appended(staffIdOf("T030").toString(), API + "StaffMemberLeft"),
                new Appended(staffIdOf("T040").toString(), API + "LineManagerAssigned"),
                new Appended(staffIdOf("T050").toString(), API + "StaffDetailsChanged"),
                new Appended(staffIdOf("N001").toString(), API + "StaffMemberRegistered"),
                new Appended(staffIdOf("N001").toString(), API + "LineManagerAssigned"));
    }

    @Test
    void describesTheImportInOpenApiAsACsvBodyAnsweredByAReport() {
        JsonNode operation = admin.read(admin.get("/v3/api-docs"))
                .path("paths").path("/api/schools/{schoolId}/staff/import").path("post");

        assertThat(operation.path("requestBody").path("content").has("text/csv")).isTrue();
        assertThat(operation.path("responses").path("200").path("content").findValuesAsText("$ref"))
                .containsExactly("#/components/schemas/StaffImportReport");
    }

    @Test
    void refusesAFileWithoutAHeaderAsA400() {
        ResponseEntity<String> response = admin.post("/api/schools/" + school + "/staff/import",
                "T001,Asha Patel,a.patel@oakfield.sch.uk,Teacher,,2019-09-01,1\n", CSV);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        JsonNode problem = admin.read(response);
        assertThat(problem.path("code").asText()).isEqualTo("invalid-input");
        assertThat(problem.path("detail").asText()).contains("these are missing: external id, name");
    }

    @Test
    void readsUtf8UnlessTheContentTypeNamesAnotherCharacterSetAndRefusesWhatItCannotDecode() {
        String zoe = "External ID,Name,E-mail,Category,Start date,FTE\nT001,Zoë Brown,z.brown@oakfield.sch.uk,Teacher,"
                + "2019-09-01,1\n";
        String path = "/api/schools/" + school + "/staff/import";

        // without a charset in the Content-Type, this client writes text as ISO-8859-1
        ResponseEntity<String> undeclared = admin.post(path, zoe, MediaType.parseMediaType("text/csv"));
        ResponseEntity<String> declared = admin.post(path, zoe, MediaType.parseMediaType("text/csv;charset=ISO-8859-1"));

        assertThat(undeclared.getStatusCode().value()).isEqualTo(400);
        assertThat(admin.read(undeclared).path("detail").asText()).startsWith("The file is not UTF-8 text");
        assertThat(declared.getStatusCode().value()).as(declared.getBody()).isEqualTo(200);
        assertThat(await().atMost(Duration.ofSeconds(15))
                .until(() -> admin.get("/api/staff/" + staffIdOf("T001")), read -> read.getStatusCode().value() == 200))
                .satisfies(read -> assertThat(admin.read(read).path("name").asText()).isEqualTo("Zoë Brown"));
    }

    @Test
    void hostileRowsAreEachReportedAndNothingOfThemIsRecorded() {
        long before = events.count();
        String file = String.join("\n", "External ID,Name,E-mail,Category,Roles,Start date,FTE",
                "H1,Cara Lee,c.lee@school.example,Teacher,,0000-01-01,1",
                "H2,Cara Lee,c.lee@school.example,Teacher,,+999999999-12-31,1",
                "H3,Cara Lee,c.lee@school.example,Teacher,,2025-09-01,1e-999999999",
                "H4,Cara Lee,c.lee@school.example,Teacher,,2025-09-01,0.0001",
                "H5,Cara Lee,c.lee@school.example,Caretaker,,2025-09-01,1",
                "H6,Cara Lee,c.lee@school.example,Teacher,Hacker,2025-09-01,1",
                "H7," + "x".repeat(201) + ",c.lee@school.example,Teacher,,2025-09-01,1",
                "H8,Cara Lee,'; DROP TABLE staff_view;--,Teacher,,2025-09-01,1",
                "H9,Cara Lee,c.lee@school.example,Teacher,,31/02/2026,1", "");

        ResponseEntity<String> response = admin.post("/api/schools/" + school + "/staff/import", file, CSV);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertCounts(admin.read(response), 9, 0, 0, 0, 9);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void refusesAFileHoldingANulCharacterAsA400() {
        ResponseEntity<String> response = admin.post("/api/schools/" + school + "/staff/import",
                "External ID,Name,E-mail,Category,Start date,FTE\nT001,Asha\u0000Patel,a.patel@oakfield.sch.uk,"
                        + "Teacher,2019-09-01,1\n", CSV);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(admin.read(response).path("code").asText()).isEqualTo("invalid-input");
    }

    @Test
    void refusesAFileOfMoreThanFiveMegabytesAsA413() {
        String huge = "External ID,Name,E-mail,Category,Start date,FTE\n" + "x".repeat(5 * 1024 * 1024);

        ResponseEntity<String> response = admin.post("/api/schools/" + school + "/staff/import", huge, CSV);

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(admin.read(response).path("code").asText()).isEqualTo("payload-too-large");
    }

    @Test
    void refusesAnImportForASchoolThatIsNotRegisteredAsA404() {
        ResponseEntity<String> response = admin.post("/api/schools/" + UUID.randomUUID() + "/staff/import",
                StaffExport.ofALargeSchool().csv(), CSV);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(admin.read(response).path("code").asText()).isEqualTo("school-not-found");
    }

    @Test
    void readsTheHeadersOfAnMisExportTakingItsLineManagersReportingAnUnknownOneAndNamingTheColumnsItDidNotRead() {
        String domain = "@" + school + ".example";
        ResponseEntity<String> response = admin.post("/api/schools/" + school + "/staff/import", """
                Staff code,Forename,Surname,E-mail,Staff type,Start date,FTE,Line manager,Post
                H001,Ruth,Hale,r.hale%1$s,Headteacher,01/09/2018,1,,Head
                H002,Joe,Marsh,j.marsh%1$s,Teacher,2021-09-01,0.6,H001,Year 3
                H003,Lily,Stone,l.stone%1$s,Teacher,2023-09-01,1,H999,Year 4
                """.formatted(domain), CSV);

        JsonNode report = admin.read(response);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertCounts(report, 3, 2, 0, 0, 1);
        assertThat(linesAndCodes(report)).containsExactly("4 H003 line-manager-not-found");
        assertThat(report.path("errors").get(0).path("reason").asText()).contains("H999");
        assertThat(report.path("unusedColumns")).extracting(JsonNode::asText).containsExactly("Post");
        admin.caughtUp("directory");
        JsonNode joe = admin.read(admin.get("/api/staff/" + staffIdOf("H002")));
        assertThat(joe.path("name").asText()).isEqualTo("Joe Marsh");
        assertThat(joe.path("lineManagerId").asText()).isEqualTo(staffIdOf("H001").toString());
    }
}
