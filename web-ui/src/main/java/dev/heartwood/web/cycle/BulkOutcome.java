package dev.heartwood.web.cycle;

import dev.heartwood.appraisal.api.BulkAppraisals;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a piece of bulk work did, for the page that follows it: how many it was done for, and each person it was not
 * done for by name, with the reason in the words the refusal gave.
 *
 * @param done    what was done, in a sentence: "Appraisals opened for 12 people"
 * @param skipped by name
 */
record BulkOutcome(String done, List<Skipped> skipped) implements Serializable {

    record Skipped(String name, String reason) implements Serializable {
    }

    static BulkOutcome of(String done, List<BulkAppraisals.Refusal> refusals, Map<UUID, String> names) {
        return new BulkOutcome(done, refusals.stream()
                .map(refusal -> new Skipped(names.getOrDefault(refusal.staffId(), "Someone no longer on record"),
                        refusal.reason()))
                .sorted(Comparator.comparing(Skipped::name))
                .toList());
    }

    /** "1 person" or "12 people". */
    static String people(int count) {
        return count == 1 ? "1 person" : count + " people";
    }
}
