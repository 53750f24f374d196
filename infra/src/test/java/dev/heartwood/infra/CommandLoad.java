package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Several clients sending commands at once into one school, as fast as they are answered, each recording every
 * request and its answer. A client registers a teacher, starts her appraisal, sets her an objective and requests a
 * course linked to it; every third teacher, it records an INSET day for its last three. When a step is refused or
 * unanswered it starts again with a new teacher.
 */
public final class CommandLoad implements AutoCloseable {

    /** What a request asked for, and the event that records it. */
    public enum Kind {
        STAFF_REGISTERED("StaffMemberRegistered"),
        APPRAISAL_STARTED("AppraisalStarted"),
        OBJECTIVE_SET("ObjectiveSet"),
        CPD_REQUESTED("CpdActivityRequested"),
        INSET_DAY_RECORDED("CompletedCpdLogged");

        public final String event;

        Kind(String event) {
            this.event = event;
        }
    }

    /**
     * One request and its answer.
     *
     * @param aggregateId the aggregate its events belong to (the school, for an INSET day, whose people each get one)
     * @param createdId   what it created: its own identifier, or the INSET day's batch id
     * @param events      how many events a success appends
     * @param status      the HTTP status, or -1 when no answer came
     */
    public record Sent(Kind kind, UUID aggregateId, UUID createdId, int events, int status, String code,
                       String retryAfter, Instant at, Duration took) {

        public boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        /** How many of the events a success appends are in the store. */
        public long foundIn(EventStore store) {
            return kind == Kind.INSET_DAY_RECORDED ? store.countInBatch(createdId)
                    : store.countOf(aggregateId.toString(), kind.event, createdId);
        }

        /** Whether the request was sent and answered wholly between the two instants. */
        public boolean within(Instant from, Instant to) {
            return !at.isBefore(from) && !at.plus(took).isAfter(to);
        }
    }

    private static final int CLIENTS = 4;

    private final Api api;
    private final SchoolWithAnAppraisal school;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

    private CommandLoad(Api api, SchoolWithAnAppraisal school) {
        this.api = api;
        this.school = school;
    }

    /** Starts the clients; the school gives the cycle and the appraiser. */
    public static CommandLoad startedOn(Api api, SchoolWithAnAppraisal school) {
        CommandLoad load = new CommandLoad(api, school);
        for (int i = 0; i < CLIENTS; i++) {
            load.clients.submit(load::client);
        }
        return load;
    }

    private void client() {
        List<UUID> teachers = new ArrayList<>();
        while (running.get()) {
            UUID teacher = UUID.randomUUID();
            UUID appraisal = UUID.randomUUID();
            UUID objective = UUID.randomUUID();
            UUID course = UUID.randomUUID();
            boolean done = send(Kind.STAFF_REGISTERED, teacher, teacher, 1,
                    () -> api.registerTeacher(school.schoolId(), teacher, "Teacher " + teacher))
                    && send(Kind.APPRAISAL_STARTED, appraisal, appraisal, 1,
                    () -> api.startAppraisal(appraisal, school.cycleId(), teacher, school.appraiserId()))
                    && send(Kind.OBJECTIVE_SET, appraisal, objective, 1,
                    () -> api.setObjective(appraisal, objective, "Raise reading fluency"))
                    && send(Kind.CPD_REQUESTED, course, course, 1, () -> api.post(
                    "/api/staff/" + teacher + "/cpd-activities", """
                            {"activityId": "%s", "title": "Teaching reading fluency", "type": "COURSE",
                             "startsOn": "2026-06-10", "endsOn": "2026-06-10", "expectedHours": 6,
                             "cost": 180, "intendedImpact": "Year 4 readers fluent by July", "links": {"objectives": ["%s"]}}""".formatted(course, objective)));
            if (done) {
                teachers.add(teacher);
            }
            if (done && teachers.size() == 3) {
                UUID batch = UUID.randomUUID();
                String attendees = teachers.stream().map(id -> "\"" + id + "\"").toList().toString();
                send(Kind.INSET_DAY_RECORDED, school.schoolId(), batch, teachers.size(), () -> api.post(
                        "/api/schools/" + school.schoolId() + "/cpd-activities/bulk", """
                                {"batchId": "%s", "staffIds": %s, "title": "Reading INSET", "type": "INSET",
                                 "startedOn": "2026-06-01", "completedOn": "2026-06-01", "hours": 5}"""
                                .formatted(batch, attendees)));
                teachers.clear();
            }
        }
    }

    private boolean send(Kind kind, UUID aggregateId, UUID createdId, int events,
                         Supplier<ResponseEntity<String>> request) {
        if (!running.get()) {
            return false;
        }
        Instant at = Instant.now();
        long start = System.nanoTime();
        int status = -1;
        String code = null;
        String retryAfter = null;
        try {
            ResponseEntity<String> answer = request.get();
            status = answer.getStatusCode().value();
            retryAfter = answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
            if (status >= 400) {
                JsonNode problem = api.read(answer);
                code = problem.path("code").asText(null);
            }
        } catch (ResourceAccessException noAnswer) {
            // the connection was refused or broken: the outcome is unknown to this client
        }
        sent.add(new Sent(kind, aggregateId, createdId, events, status, code, retryAfter, at,
                Duration.ofNanos(System.nanoTime() - start)));
        return status >= 200 && status < 300;
    }

    /** Every request so far, in the order answered. */
    public List<Sent> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    public List<Sent> acknowledged() {
        return sent().stream().filter(Sent::acknowledged).toList();
    }

    /** Stops the clients once their requests in flight are answered (or have failed). */
    @Override
    public void close() {
        running.set(false);
        clients.shutdown();
        try {
            if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
                clients.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
