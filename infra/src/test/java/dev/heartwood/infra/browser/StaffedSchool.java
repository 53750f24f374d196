package dev.heartwood.infra.browser;

import dev.heartwood.infra.Api;

import java.util.UUID;

/**
 * A school of a test's own, built through the API as a school would: a headteacher, an HR officer the headteacher
 * has granted HR, and whoever the test adds, each with a MIS id and the address they sign in with.
 */
final class StaffedSchool {

    final UUID schoolId = UUID.randomUUID();
    final String headteacherMisId = "HT" + shortId();
    final UUID headteacher;
    final UUID hr;
    private final Api admin;

    private StaffedSchool(int port, UUID trustId, String name) {
        this.admin = Api.administrator(port);
        admin.expect(201, admin.post("/api/schools", """
                {"schoolId": "%s", "trustId": %s, "name": "%s", "type": "ACADEMY"}"""
                .formatted(schoolId, trustId == null ? "null" : "\"" + trustId + "\"", name)));
        headteacher = person("Helen Ward", headteacherMisId, "HEADTEACHER");
        hr = person("Hugo Marsh", "HR" + shortId(), "SUPPORT_STAFF");
        Api head = Api.asStaff(port, headteacher);
        head.expect(204, head.put("/api/staff/" + hr + "/access/HR", ""));
    }

    static StaffedSchool named(int port, String name) {
        return new StaffedSchool(port, null, name);
    }

    static StaffedSchool inTrust(int port, UUID trustId, String name) {
        return new StaffedSchool(port, trustId, name);
    }

    /** A trust of the test's own, for its schools. */
    static UUID trust(int port, String name) {
        Api admin = Api.administrator(port);
        UUID trustId = UUID.randomUUID();
        admin.expect(201, admin.post("/api/trusts", """
                {"trustId": "%s", "name": "%s"}""".formatted(trustId, name)));
        return trustId;
    }

    /** A person on the staff since 1 September 2020, full time, with {@link Api#emailOf} as their address. */
    UUID person(String name, String externalId, String category) {
        UUID staffId = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools/" + schoolId + "/staff", """
                {"staffId": "%s", "externalId": "%s", "name": "%s", "email": "%s", "category": "%s",
                 "startDate": "2020-09-01", "fte": 1}""".formatted(staffId, externalId, name, Api.emailOf(staffId),
                category)));
        return staffId;
    }

    UUID teacher(String name, String externalId) {
        return person(name, externalId, "TEACHER");
    }

    /** Waits until the pages' read models show everything recorded so far. */
    void shown() {
        admin.caughtUp("directory");
    }

    /** Keeps MIS ids apart between the tests' schools, which share one database. */
    static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
