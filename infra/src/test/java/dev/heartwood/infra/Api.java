package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/** Talks to a running Heartwood over HTTP as a client would, and speaks the slice's requests. */
public class Api {

    private final int port;
    private final Consumer<HttpHeaders> signIn;
    private final String baseUrl;
    private final RestClient http;
    private final ObjectMapper json = new ObjectMapper();

    /** A client of the local mode, signing in with a user name and password (none for an anonymous one). */
    public Api(int port, String username, String password) {
        this(port, headers -> {
            if (username != null) {
                headers.setBasicAuth(username, password);
            }
        });
    }

    private Api(int port, Consumer<HttpHeaders> signIn) {
        this(port, signIn, false);
    }

    private Api(int port, Consumer<HttpHeaders> signIn, boolean requestsMayBreakTheDocument) {
        this(port, signIn, Optional.of(new ContractCheck(port, signIn, requestsMayBreakTheDocument)));
    }

    private Api(int port, Consumer<HttpHeaders> signIn, Optional<ContractCheck> contractCheck) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
        // generous (a whole school's staff import takes a while on two busy cores), but a test never waits for ever on
        // an answer that is not coming
        requests.setReadTimeout(Duration.ofSeconds(120));
        this.port = port;
        this.signIn = signIn;
        this.baseUrl = "http://localhost:" + port;
        RestClient.Builder client = RestClient.builder()
                .baseUrl(baseUrl)
                // buffered, so that the contract check and the test both read the answer
                .requestFactory(new BufferingClientHttpRequestFactory(requests));
        contractCheck.ifPresent(client::requestInterceptor);
        this.http = client
                .defaultHeaders(signIn)
                .defaultStatusHandler(status -> true, (request, response) -> {
                    // every status is an answer to look at, not an exception
                })
                .build();
    }

    /**
     * The same client, sending requests that may break the OpenAPI document on purpose (hostile input): the
     * application's answers to them are still held to the document ({@link ContractCheck}).
     */
    public Api hostile() {
        return new Api(port, signIn, true);
    }

    /**
     * The same client without holding the answers to the OpenAPI document, for the benchmark: its time would be
     * counted as the application's (about a quarter of the CPU a command over HTTP took in the benchmark's JVM).
     */
    public Api unchecked() {
        return new Api(port, signIn, Optional.empty());
    }

    /** A client signed in with a bearer token. */
    public static Api withToken(int port, String token) {
        return new Api(port, headers -> headers.setBearerAuth(token));
    }

    /** A client signed in through the test issuer as the person with this e-mail address. */
    public static Api as(int port, String email) {
        return withToken(port, TestIssuer.tokenFor(email));
    }

    /**
     * A client signed in through the test issuer as a member of staff registered by {@link #registerStaff}. It signs
     * in once straight away, as a person does on their first visit, so that the events linking their sign-in to their
     * record (ADR 9) are recorded before a test counts any.
     */
    public static Api asStaff(int port, UUID staffId) {
        Api person = as(port, emailOf(staffId));
        person.get("/api/me");
        return person;
    }

    /** The e-mail address {@link #registerStaff} gives a member of staff, which they sign in with. */
    public static String emailOf(UUID staffId) {
        return staffId + "@school.example";
    }

    /** A client signed in through the test issuer as the test profile's administrator. */
    public static Api administrator(int port) {
        return as(port, TestIssuer.ADMINISTRATOR);
    }

    public ResponseEntity<String> post(String path, String body) {
        return post(path, body, new HttpHeaders());
    }

    public ResponseEntity<String> post(String path, String body, HttpHeaders headers) {
        return http.method(HttpMethod.POST).uri(path)
                .headers(h -> h.addAll(headers))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    public ResponseEntity<String> post(String path, String body, MediaType contentType) {
        return http.method(HttpMethod.POST).uri(path)
                .contentType(contentType)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    public ResponseEntity<String> put(String path, String body) {
        return send(HttpMethod.PUT, path, body);
    }

    /** Any method, with a JSON body when there is one. */
    public ResponseEntity<String> send(HttpMethod method, String path, String body) {
        return send(method, path, body, MediaType.APPLICATION_JSON_VALUE);
    }

    /** Any method, asking for an answer in the given media type. */
    public ResponseEntity<String> send(HttpMethod method, String path, String body, String accept) {
        var request = http.method(method).uri(path).header(HttpHeaders.ACCEPT, accept);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    /**
     * Any method, to a path sent exactly as written (percent-encoding and all, where the other methods would encode
     * it again), with a body of the given type when there is one.
     */
    public ResponseEntity<String> sendRaw(HttpMethod method, String rawPath, String body, MediaType contentType) {
        var request = http.method(method).uri(URI.create(baseUrl + rawPath));
        if (body != null) {
            request.contentType(contentType).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> delete(String path) {
        return http.delete().uri(path).retrieve().toEntity(String.class);
    }

    /** A step that must succeed: its status, whatever it is, is checked against the one expected. */
    public void expect(int status, ResponseEntity<String> response) {
        if (response.getStatusCode().value() != status) {
            throw new AssertionError("expected " + status + " but was " + response.getStatusCode().value() + ": "
                    + response.getBody());
        }
    }

    /** Whether an answer is a problem document with a code. */
    public boolean aProblem(ResponseEntity<String> response) {
        return MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(response.getHeaders().getContentType())
                && !read(response).path("code").asText().isBlank();
    }

    /** The problem code of a refusal, checking its status. */
    public String refusal(int status, ResponseEntity<String> response) {
        expect(status, response);
        return read(response).path("code").asText();
    }

    public ResponseEntity<String> registerStaff(UUID schoolId, UUID staffId, String name, String category) {
        return post("/api/schools/" + schoolId + "/staff", """
                {"staffId": "%s", "name": "%s", "email": "%s", "category": "%s",
                 "startDate": "2020-09-01", "fte": 1}""".formatted(staffId, name, emailOf(staffId), category));
    }

    public ResponseEntity<String> get(String path) {
        return http.get().uri(path).retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> get(String path, HttpHeaders headers) {
        return http.get().uri(path).headers(h -> h.addAll(headers)).retrieve().toEntity(String.class);
    }

    public JsonNode read(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The appraisal's summary as soon as it shows the given number of objectives and the appraisee's name (which
     * comes from another projection, that may run a little behind).
     */
    public JsonNode summaryOnceItShows(UUID appraisalId, int objectives) {
        return await().atMost(Duration.ofSeconds(15))
                .until(() -> read(get("/api/appraisals/" + appraisalId)),
                        summary -> summary.path("objectives").size() == objectives
                                && summary.path("appraisee").path("name").isTextual());
    }

    public ResponseEntity<String> registerSchool(UUID schoolId, String name) {
        return post("/api/schools", """
                {"schoolId": "%s", "name": "%s", "type": "ACADEMY"}""".formatted(schoolId, name));
    }

    public ResponseEntity<String> registerTeacher(UUID schoolId, UUID staffId, String name) {
        return registerStaff(schoolId, staffId, name, "TEACHER");
    }

    public ResponseEntity<String> openCycle(UUID schoolId, UUID cycleId, String payPolicy) {
        return post("/api/schools/" + schoolId + "/cycles", """
                {"cycleId": "%s", "academicYear": "2025/26", "payPolicy": "%s"}""".formatted(cycleId, payPolicy));
    }

    public ResponseEntity<String> startAppraisal(UUID appraisalId, UUID cycleId, UUID appraiseeId, UUID appraiserId) {
        return post("/api/cycles/" + cycleId + "/appraisals", """
                {"appraisalId": "%s", "appraiseeId": "%s", "appraiserId": "%s"}"""
                .formatted(appraisalId, appraiseeId, appraiserId));
    }

    public ResponseEntity<String> setObjective(UUID appraisalId, UUID objectiveId, String title) {
        return post("/api/appraisals/" + appraisalId + "/objectives", """
                {"objectiveId": "%s", "title": "%s", "successCriteria": "Seen in book looks each half-term",
                 "standards": ["TS4"]}"""
                .formatted(objectiveId, title));
    }

    /** A GET asking for a representation, such as a report as {@code text/csv}. */
    public ResponseEntity<String> getAccepting(String path, MediaType accept) {
        return http.get().uri(path).accept(accept).retrieve().toEntity(String.class);
    }

    /** A GET whose answer is a file, such as a ZIP, read as its bytes. */
    public ResponseEntity<byte[]> getFile(String path) {
        return http.get().uri(path).retrieve().toEntity(byte[].class);
    }

    JsonNode statusOf(String processor) {
        for (JsonNode status : read(get("/api/admin/processors"))) {
            if (status.path("name").asText().equals(processor)) {
                return status;
            }
        }
        throw new AssertionError("no processor " + processor);
    }

    /**
     * Waits until the processor works on all its segments (after a restart it claims them one by one) and has
     * applied every event in the store, any replay finished. Needs an administrator.
     */
    public void caughtUp(String processor) {
        caughtUp(processor, Duration.ofSeconds(30));
    }

    /** As {@link #caughtUp(String)}, waiting at most {@code within}. */
    public void caughtUp(String processor, Duration within) {
        await().atMost(within).until(() -> statusOf(processor),
                status -> status.path("running").asBoolean() && !status.path("replaying").asBoolean()
                        && status.path("segmentsHere").asInt() == status.path("segments").asInt()
                        && status.path("behind").asLong() == 0);
    }
}
