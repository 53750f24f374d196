package dev.heartwood.infra.demo;

import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.RecordTrainingCompletion;

import java.time.LocalDate;
import java.util.List;

/** Mandatory training completed, written into a school's diary with a plausible provider and, often, a certificate. */
public final class TrainingCompletions {

    private static final List<String> PROVIDERS = List.of("Local authority safeguarding team", "Trust central team",
            "St John Ambulance", "National College");

    private final StandardRequirements requirements;
    private final Ids ids;
    private final Diary diary;

    public TrainingCompletions(StandardRequirements requirements, Ids ids, Diary diary) {
        this.requirements = requirements;
        this.ids = ids;
        this.diary = diary;
    }

    /** The person completed the standard set's requirement of this key on the day. */
    public void complete(StaffId staffId, String requirement, LocalDate on) {
        diary.on(on, new RecordTrainingCompletion(staffId, requirements.get(requirement), on, ids.pick(PROVIDERS),
                ids.chance(0.6) ? "CERT-" + ids.between(100_000, 999_999) : null));
    }
}
