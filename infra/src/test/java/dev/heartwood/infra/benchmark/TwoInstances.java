package dev.heartwood.infra.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.EventStore;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two instances of the application on one PostgreSQL under the command load: a second instance joins the first
 * one's database, each streaming processor hands it half of its segments, the load's clients are split between the
 * two over HTTP, and meanwhile both add progress notes to the same few appraisals, so that commands on one
 * aggregate from two instances meet. Afterwards no event may be missing or doubled, and no stream may have a gap.
 */
final class TwoInstances {

    /** How many appraisals both instances write to at once, and how often a refused note is sent again. */
    private static final int CONTESTED = 10;
    private static final int ATTEMPTS = 5;

    /**
     * @param segments      per processor, the segments each instance worked on in the middle of the load
     * @param notesAccepted progress notes answered 2xx, each of which must be stored exactly once
     * @param conflicts     409 answers to those notes before one was accepted or given up
     * @param gaveUp        notes still refused after {@link #ATTEMPTS} attempts
     * @param notesMissing  accepted notes not in the store
     * @param notesTwice    notes stored more than once
     * @param gaps          streams with a gap or a doubled sequence number
     */
    record Outcome(CommandLoad.Result load, Map<String, String> segments, long notesAccepted, long conflicts,
                   long gaveUp, long notesMissing, long notesTwice, List<String> gaps) {
    }

    private final RunningApplication first;
    private final GeneratedTrust trust;
    private final BenchmarkSize size;
    private final PrintStream out;

    TwoInstances(RunningApplication first, GeneratedTrust trust, BenchmarkSize size, PrintStream out) {
        this.first = first;
        this.trust = trust;
        this.size = size;
        this.out = out;
    }

    Outcome run(Path log, Clock clock) throws Exception {
        JdbcClient jdbc = JdbcClient.create(first.dataSource());
        EventStore events = new EventStore(jdbc);
        try (RunningApplication second = RunningApplication.joining(first, log, clock)) {
            out.printf("  a second instance started in %.1f s; handing it half of every processor's segments...%n",
                    second.secondsToStart);
            shareSegments(second);
            long before = events.lastGlobalIndex();
            ExecutorService contenders = Executors.newFixedThreadPool(4);
            AtomicBoolean loading = new AtomicBoolean(true);
            Set<UUID> accepted = ConcurrentHashMap.newKeySet();
            AtomicLong conflicts = new AtomicLong();
            AtomicLong gaveUp = new AtomicLong();
            List<Future<?>> notes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Api api = i % 2 == 0 ? first.api() : second.api();
                notes.add(contenders.submit(() -> contend(api, loading, accepted, conflicts, gaveUp)));
            }
            ExecutorService sampler = Executors.newSingleThreadExecutor();
            Future<Map<String, String>> segments = sampler.submit(() -> {
                Thread.sleep(CommandLoad.WARM_UP_SECONDS * 1000L + size.seconds() * 500L);
                return segmentsOf(first.api(), second.api());
            });
            CommandLoad.Result load = new CommandLoad(trust).run(size.clients(), size.seconds(),
                    client -> CommandChannel.http(client % 2 == 0 ? first.api() : second.api()), Optional.empty());
            loading.set(false);
            for (Future<?> contender : notes) {
                contender.get();
            }
            contenders.shutdown();
            sampler.shutdown();
            awaitCaughtUpOnBoth(first.api(), second.api(), Duration.ofMinutes(30));
            Map<String, Long> stored = storedNotes(jdbc, before);
            long missing = accepted.stream().filter(note -> !stored.containsKey(note.toString())).count();
            long twice = stored.values().stream().filter(count -> count > 1).count();
            return new Outcome(load, segments.get(), accepted.size(), conflicts.get(), gaveUp.get(), missing, twice,
                    events.aggregatesWithGaps());
        }
    }

    /**
     * The first instance holds every segment; it lets go of every other one for a few seconds, long enough for the
     * second to claim them (Axon does not balance segments between instances by itself).
     */
    private void shareSegments(RunningApplication second) throws InterruptedException {
        for (StreamingEventProcessor processor : first.streamingProcessors()) {
            for (int segment : processor.processingStatus().keySet()) {
                if (segment % 2 == 1) {
                    processor.releaseSegment(segment, 15, TimeUnit.SECONDS);
                }
            }
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (second.streamingProcessors().stream().anyMatch(processor -> processor.processingStatus().isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the second instance claimed no segments of some processors");
            }
            Thread.sleep(200);
        }
    }

    /** Notes to the contested appraisals until the load stops; one refused as a concurrent change is sent again. */
    private void contend(Api api, AtomicBoolean loading, Set<UUID> accepted, AtomicLong conflicts,
                         AtomicLong gaveUp) {
        List<UUID> contested = trust.underWay().subList(0, Math.min(CONTESTED, trust.underWay().size()));
        int next = 0;
        while (loading.get()) {
            UUID appraisal = contested.get(next++ % contested.size());
            UUID note = UUID.randomUUID();
            String body = "{\"noteId\": \"%s\", \"note\": \"Both instances at once\", \"confidential\": false}"
                    .formatted(note);
            boolean done = false;
            for (int attempt = 0; attempt < ATTEMPTS && !done; attempt++) {
                ResponseEntity<String> answer = api.post("/api/appraisals/" + appraisal + "/notes", body);
                int status = answer.getStatusCode().value();
                if (status / 100 == 2) {
                    accepted.add(note);
                    done = true;
                } else if (status == 409) {
                    conflicts.incrementAndGet();
                } else {
                    throw new IllegalStateException("a progress note was answered " + status + ": "
                            + answer.getBody());
                }
            }
            if (!done) {
                gaveUp.incrementAndGet();
            }
        }
    }

    /** Per processor, how many segments each instance works on: "1 + 1 of 2". */
    private static Map<String, String> segmentsOf(Api first, Api second) {
        Map<String, String> segments = new TreeMap<>();
        Map<String, JsonNode> there = new TreeMap<>();
        second.read(second.get("/api/admin/processors")).forEach(status -> there.put(status.path("name").asText(),
                status));
        first.read(first.get("/api/admin/processors")).forEach(status -> {
            String name = status.path("name").asText();
            if (status.path("segments").asInt() > 0) {
                segments.put(name, "%d + %d of %d".formatted(status.path("segmentsHere").asInt(),
                        there.get(name).path("segmentsHere").asInt(), status.path("segments").asInt()));
            }
        });
        return segments;
    }

    /** Until neither instance has anything left to apply and between them they work on every segment. */
    private static void awaitCaughtUpOnBoth(Api first, Api second, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            Map<String, Integer> here = new TreeMap<>();
            long behind = 0;
            boolean all = true;
            for (Api api : List.of(first, second)) {
                for (JsonNode status : api.read(api.get("/api/admin/processors"))) {
                    behind += status.path("segmentsHere").asInt() > 0 ? status.path("behind").asLong() : 0;
                    here.merge(status.path("name").asText(), status.path("segmentsHere").asInt(), Integer::sum);
                }
            }
            for (JsonNode status : first.read(first.get("/api/admin/processors"))) {
                all &= here.get(status.path("name").asText()) == status.path("segments").asInt();
            }
            if (all && behind == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the two instances are still " + behind + " events behind");
            }
            Thread.sleep(200);
        }
    }

    private static Map<String, Long> storedNotes(JdbcClient jdbc, long after) {
        Map<String, Long> stored = new TreeMap<>();
        jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'noteId' AS note, count(*) AS times
                        FROM domainevententry
                        WHERE globalindex > ? AND payloadtype = 'dev.heartwood.appraisal.api.ProgressNoteAdded'
                        GROUP BY 1""")
                .param(after)
                .query((row, n) -> stored.put(row.getString("note"), row.getLong("times")))
                .list();
        return stored;
    }
}
