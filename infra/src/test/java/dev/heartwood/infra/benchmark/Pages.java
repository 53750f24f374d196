package dev.heartwood.infra.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.SignInForm;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The web pages, each opened as its reader's browser opens it, signed in through the local mode's sign-in form with a
 * session: a teacher whose appraisal is under way (home, my appraisal, my learning, my training), the headteacher
 * of their school (home, appraisees, approvals, the staff pages: the search, a search by name, a person's record,
 * the import form; and the school's reports) and a colleague of theirs whom the administrator makes the trust's leader
 * (the trust's reports). The three are people of the generated trust, whose history the pages show; each is given the
 * address of a local user ({@link #READERS}) first. A page that answers anything but 200 (one not built yet answers
 * 404) is reported with its status, not timed.
 */
final class Pages {

    /** The local users the pages are read as, configured on the application; a person's user name is their address. */
    static final Map<String, String> READERS = Map.of(
            "teacher", "benchmark-teacher@heartwood.example",
            "headteacher", "benchmark-headteacher@heartwood.example",
            "trust leader", "benchmark-trust-leader@heartwood.example");
    static final String PASSWORD = RunningApplication.PASSWORD;

    private static final int WARM_UP = 3;

    /** One page's response times, or the status it answered instead of 200; a report is held to another bar. */
    record Timed(String name, Latencies latencies, int status, boolean report) {

        boolean answered() {
            return status == 200;
        }
    }

    private final Api admin;
    private final int port;
    private final GeneratedTrust trust;

    Pages(Api admin, int port, GeneratedTrust trust) {
        this.admin = admin;
        this.port = port;
        this.trust = trust;
    }

    /**
     * Gives the three readers their local users' addresses: the appraisee of an appraisal under way who is not their
     * school's headteacher, that headteacher, and another of the school's staff, whom it makes a leader of the trust.
     * The read models must catch up before they sign in.
     */
    Readers chooseReaders() {
        List<UUID> appraisals = trust.underWay().isEmpty() ? trust.appraisals() : trust.underWay();
        String now = Instant.now().toString();
        for (UUID appraisalId : appraisals) {
            JsonNode appraisal = admin.read(admin.get("/api/appraisals/" + appraisalId + "/as-of?at=" + now));
            UUID teacher = UUID.fromString(appraisal.path("appraiseeId").asText());
            UUID schoolId = UUID.fromString(appraisal.path("schoolId").asText());
            JsonNode heads = admin.read(admin.get("/api/schools/" + schoolId + "/staff?category=HEADTEACHER&size=1"));
            UUID headteacher = UUID.fromString(heads.path("rows").path(0).path("staffId").asText());
            if (!teacher.equals(headteacher)) {
                UUID trustLeader = colleague(schoolId, List.of(teacher, headteacher));
                readAs(teacher, READERS.get("teacher"));
                readAs(headteacher, READERS.get("headteacher"));
                readAs(trustLeader, READERS.get("trust leader"));
                admin.expect(204, admin.put("/api/staff/" + trustLeader + "/access/TRUST_LEADER?scope=TRUST", ""));
                return new Readers(trust.trustId(), schoolId, teacher, headteacher, appraisalId);
            }
        }
        throw new IllegalStateException("no appraisal of anyone but a headteacher to open the pages with");
    }

    /** The people whose pages are timed, their trust and school, and the teacher's appraisal under way. */
    record Readers(UUID trustId, UUID schoolId, UUID teacher, UUID headteacher, UUID appraisalId) {
    }

    private UUID colleague(UUID schoolId, List<UUID> taken) {
        for (JsonNode person : admin.read(admin.get("/api/schools/" + schoolId + "/staff?size=10")).path("rows")) {
            UUID staffId = UUID.fromString(person.path("staffId").asText());
            if (!taken.contains(staffId)) {
                return staffId;
            }
        }
        throw new IllegalStateException("no one else in the school to lead the trust");
    }

    private void readAs(UUID staffId, String address) {
        JsonNode person = admin.read(admin.get("/api/staff/" + staffId));
        admin.expect(204, admin.put("/api/staff/" + staffId + "/details", """
                {"name": "%s", "email": "%s"}""".formatted(person.path("name").asText(), address)));
    }

    /** Each page, {@code repeats} times after a few not counted, in the order a person might open them. */
    Map<String, Timed> measure(Readers readers, int repeats) throws Exception {
        Map<String, Timed> timed = new LinkedHashMap<>();
        Map<UUID, String> named = Map.of(readers.trustId(), "{trust}", readers.schoolId(), "{school}",
                readers.teacher(), "{teacher}", readers.appraisalId(), "{appraisal}");
        SignInForm teacher = signIn(READERS.get("teacher"));
        // "/appraisal" sends the teacher on to her appraisal's own page, which is the one timed
        for (String path : List.of("/", "/appraisals/" + readers.appraisalId(), "/learning", "/training",
                "/staff/" + readers.teacher() + "/objectives-and-learning")) {
            add(timed, "teacher", named, teacher, path, repeats);
        }
        SignInForm head = signIn(READERS.get("headteacher"));
        String school = "/schools/" + readers.schoolId();
        for (String path : List.of("/", "/appraisees", "/appraisals/" + readers.appraisalId(), "/approvals", "/staff",
                "/staff?school=" + readers.schoolId() + "&q=a", "/staff/" + readers.teacher(),
                school + "/staff/import", school + "/cycles", school + "/training-requirements", "/reports",
                school + "/dashboard",
                school + "/reports/appraisal-completion",
                school + "/reports/appraisal-completion?late=true&sort=DAYS_LATE",
                school + "/reports/training-compliance",
                school + "/reports/training-compliance?status=OVERDUE&category=PREVENT",
                school + "/reports/dsl-register", school + "/reports/objectives-and-learning",
                school + "/reports/cpd", school + "/reports/audit-log")) {
            add(timed, "headteacher", named, head, path, repeats);
        }
        SignInForm leader = signIn(READERS.get("trust leader"));
        String trust = "/trusts/" + readers.trustId();
        for (String path : List.of(trust + "/reports/overview", trust + "/reports/training-compliance",
                trust + "/reports/dsl-register", trust + "/reports/objectives-and-learning",
                trust + "/reports/audit-log", trust + "/training-requirements")) {
            add(timed, "trust leader", named, leader, path, repeats);
        }
        return timed;
    }

    private static void add(Map<String, Timed> timed, String reader, Map<UUID, String> named, SignInForm browser,
                            String path, int repeats) throws Exception {
        String name = reader + " " + path;
        for (Map.Entry<UUID, String> identifier : named.entrySet()) {
            name = name.replace(identifier.getKey().toString(), identifier.getValue());
        }
        boolean report = path.startsWith("/reports") || path.contains("/reports/") || path.endsWith("/dashboard")
                || path.endsWith("/objectives-and-learning");
        Latencies latencies = new Latencies();
        for (int i = -WARM_UP; i < repeats; i++) {
            long started = System.nanoTime();
            int status = browser.open(path);
            if (status != 200) {
                timed.put(name, new Timed(name, new Latencies(), status, report));
                return;
            }
            if (i >= 0) {
                latencies.record(System.nanoTime() - started);
            }
        }
        timed.put(name, new Timed(name, latencies, 200, report));
    }

    /** A browser signed in with the sign-in form, keeping the session it starts. */
    private SignInForm signIn(String username) throws Exception {
        SignInForm browser = new SignInForm(port);
        String sentTo = browser.signIn(username, PASSWORD);
        if (sentTo.contains("/login")) {
            throw new IllegalStateException(username + " could not sign in: sent to " + sentTo);
        }
        return browser;
    }
}
