package dev.heartwood.infra.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heartwood.appraisal.api.RegisterTrust;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.demo.Ids;
import dev.heartwood.infra.demo.StandardRequirements;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.TrustId;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds a trust through the command side: the trust and its standard training requirements first (the
 * requirements over HTTP, as an HR officer adopts them), then each school's history on a pool of threads, every
 * step a real command through Axon's gateway with the day it happened on the clock.
 */
final class TrustGenerator {

    /** The trust's HR officer, who records everything the generator sends. */
    private static final UUID ACTOR = UUID.fromString("5e1f0c7a-9b8d-4e3f-a2c1-0d9e8f7a6b5c");

    private final Recorder recorder;
    private final Api api;
    private final PrintStream out;

    TrustGenerator(Recorder recorder, Api api, PrintStream out) {
        this.recorder = recorder;
        this.api = api;
        this.out = out;
    }

    GeneratedTrust generate(BenchmarkSize size) throws Exception {
        TrustId trustId = new TrustId(new Ids(0).next());
        LocalDate founded = LocalDate.of(size.firstYear(), 8, 15);
        recorder.send(founded, new RegisterTrust(trustId, "Heartwood Benchmark Trust"),
                Map.of(MetadataKeys.ACTOR_ID, ACTOR.toString(), MetadataKeys.ACTOR_ROLE, "HR",
                        MetadataKeys.TRUST_ID, trustId.value().toString()));
        StandardRequirements requirements = adoptStandardSet(trustId, founded.withMonth(9).withDayOfMonth(1));
        GeneratedTrust.Builder generated = new GeneratedTrust.Builder(trustId.value(),
                requirements.get("safeguarding-update").value());

        ExecutorService pool = Executors.newFixedThreadPool(size.threads());
        AtomicInteger schoolsDone = new AtomicInteger();
        try {
            Future<?>[] schools = new Future<?>[size.schools()];
            for (int number = 0; number < size.schools(); number++) {
                SchoolHistory school = new SchoolHistory(number, trustId, size, requirements, ACTOR, generated);
                schools[number] = pool.submit(() -> {
                    school.record(recorder);
                    schoolsDone.incrementAndGet();
                });
            }
            long started = System.nanoTime();
            for (Future<?> school : schools) {
                while (true) {
                    try {
                        school.get(10, TimeUnit.SECONDS);
                        break;
                    } catch (TimeoutException stillGoing) {
                        double seconds = Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0;
                        out.printf("  ... %,d commands in %.0f s (%,.0f a second), %d of %d schools done%n",
                                recorder.sent(), seconds, recorder.sent() / seconds, schoolsDone.get(),
                                size.schools());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return generated.build();
    }

    private StandardRequirements adoptStandardSet(TrustId trustId, LocalDate from) {
        var response = api.post("/api/trusts/" + trustId.value() + "/training-requirements/standard-set",
                "{\"effectiveFrom\": \"" + from + "\"}");
        api.expect(200, response);
        Map<String, RequirementId> byKey = new HashMap<>();
        for (JsonNode adopted : api.read(response)) {
            byKey.put(adopted.path("key").asText(), RequirementId.of(adopted.path("requirementId").asText()));
        }
        return new StandardRequirements(byKey);
    }
}
