package dev.heartwood.infra.benchmark;

import dev.heartwood.infra.Api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

/**
 * The main reports, asked over HTTP one after another as a leader's browser would, for the whole trust and for a
 * school (a different one each time), and the {@code as-of} rebuild of one appraisal (a different one each time).
 * A few requests first warm each up and are not counted.
 */
final class Reports {

    private static final int WARM_UP = 3;

    /** One report's response times, and how many answers were not 200. */
    record Timed(String name, Latencies latencies, int failures) {
    }

    private final Api api;
    private final GeneratedTrust trust;
    private final SplittableRandom random = new SplittableRandom(7);

    Reports(Api api, GeneratedTrust trust) {
        this.api = api;
        this.trust = trust;
    }

    Map<String, Timed> measure(int repeats) {
        String firstYear = year(SimulatedClock.LAST_YEAR - 4);
        String lastYear = year(SimulatedClock.LAST_YEAR);
        String trustPath = "/api/trusts/" + trust.trustId();
        Map<String, Timed> timed = new LinkedHashMap<>();
        add(timed, "completion tracker, trust", repeats, school -> trustPath
                + "/reports/appraisal-completion?academicYear=" + lastYear);
        add(timed, "completion tracker, school", repeats, school -> "/api/schools/" + school
                + "/reports/appraisal-completion?academicYear=" + lastYear);
        add(timed, "compliance matrix, trust", repeats, school -> trustPath
                + "/reports/training-compliance?on=" + SimulatedClock.TODAY);
        add(timed, "compliance matrix, school", repeats, school -> "/api/schools/" + school
                + "/reports/training-compliance?on=" + SimulatedClock.TODAY);
        add(timed, "objectives and learning, trust", repeats, school -> trustPath
                + "/reports/objectives-and-learning?from=" + firstYear + "&to=" + lastYear);
        add(timed, "objectives and learning, school", repeats, school -> "/api/schools/" + school
                + "/reports/objectives-and-learning?from=" + firstYear + "&to=" + lastYear);
        String now = Instant.now().toString();
        add(timed, "appraisal as-of", repeats * 4, school -> "/api/appraisals/"
                + trust.appraisals().get(random.nextInt(trust.appraisals().size())) + "/as-of?at=" + now);
        return timed;
    }

    private void add(Map<String, Timed> timed, String name, int repeats, Function<UUID, String> path) {
        List<UUID> schools = trust.schools();
        Latencies latencies = new Latencies();
        int failures = 0;
        for (int i = -WARM_UP; i < repeats; i++) {
            String uri = path.apply(schools.get(random.nextInt(schools.size())));
            long started = System.nanoTime();
            int status = api.get(uri).getStatusCode().value();
            if (i >= 0) {
                latencies.record(System.nanoTime() - started);
                failures += status == 200 ? 0 : 1;
            }
        }
        timed.put(name, new Timed(name, latencies, failures));
    }

    private static String year(int start) {
        return "%d/%02d".formatted(start, (start + 1) % 100);
    }
}
