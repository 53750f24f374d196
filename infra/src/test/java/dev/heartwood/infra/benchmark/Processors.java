package dev.heartwood.infra.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heartwood.infra.Api;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The event processors as an administrator sees them: {@code GET /api/admin/processors} and their replays. */
final class Processors {

    /** A rebuild of every read model that can be rebuilt, started at once. */
    record Rebuild(long events, double seconds, Map<String, Double> secondsByReadModel, List<String> notRebuildable) {

        /** How fast the reporting side as a whole went through the stream. */
        double eventsPerSecond() {
            return events / seconds;
        }
    }

    private final Api api;
    private final PrintStream out;

    Processors(Api api, PrintStream out) {
        this.api = api;
        this.out = out;
    }

    /** Waits until every processor runs on all its segments with nothing left to apply; answers how long it took. */
    double awaitCaughtUp(Duration atMost) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + atMost.toNanos();
        long lastReport = started;
        while (true) {
            long behind = 0;
            boolean settled = true;
            for (JsonNode status : statuses()) {
                behind += status.path("behind").asLong();
                settled &= status.path("running").asBoolean() && !status.path("replaying").asBoolean()
                        && status.path("segmentsHere").asInt() == status.path("segments").asInt();
            }
            long now = System.nanoTime();
            if (settled && behind == 0) {
                return (now - started) / 1e9;
            }
            if (now > deadline) {
                throw new IllegalStateException("the read models are still " + behind + " events behind");
            }
            if (now - lastReport > 10_000_000_000L) {
                out.printf("  ... read models %,d events behind in all%n", behind);
                lastReport = now;
            }
            Thread.sleep(200);
        }
    }

    long head() {
        return statuses().get(0).path("head").asLong();
    }

    /** Rebuilds every read model at once and waits until each has switched to its new tables. */
    Rebuild rebuildAll(Duration atMost) throws InterruptedException {
        long events = head();
        List<String> rebuilding = new ArrayList<>();
        List<String> notRebuildable = new ArrayList<>();
        long started = System.nanoTime();
        for (JsonNode status : statuses()) {
            String name = status.path("name").asText();
            var response = api.post("/api/admin/processors/" + name + "/replay", "");
            if (response.getStatusCode().value() == 202) {
                rebuilding.add(name);
            } else {
                notRebuildable.add(name + " (" + api.read(response).path("code").asText() + ")");
            }
        }
        Map<String, Double> finished = new LinkedHashMap<>();
        long lastReport = started;
        while (finished.size() < rebuilding.size()) {
            Thread.sleep(200);
            long now = System.nanoTime();
            long done = 0;
            for (JsonNode status : statuses()) {
                String name = status.path("name").asText();
                if (rebuilding.contains(name) && !finished.containsKey(name)) {
                    if (!status.path("replaying").asBoolean()) {
                        finished.put(name, (now - started) / 1e9);
                    } else {
                        done += status.path("done").asLong();
                    }
                }
            }
            if (now - started > atMost.toNanos()) {
                throw new IllegalStateException("the rebuilds of " + rebuilding + " did not finish in " + atMost);
            }
            if (now - lastReport > 10_000_000_000L) {
                out.printf("  ... %d of %d read models rebuilt; the others have applied %,d events%n",
                        finished.size(), rebuilding.size(), done);
                lastReport = now;
            }
        }
        double seconds = finished.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return new Rebuild(events, seconds, finished, notRebuildable);
    }

    private List<JsonNode> statuses() {
        List<JsonNode> statuses = new ArrayList<>();
        api.read(api.get("/api/admin/processors")).forEach(statuses::add);
        return statuses;
    }
}
