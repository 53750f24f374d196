package dev.heartwood.infra.benchmark;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.infra.demo.Diary;
import dev.heartwood.infra.demo.Ids;
import dev.heartwood.infra.demo.StandardRequirements;
import dev.heartwood.infra.demo.TrainingCompletions;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.StaffId;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Mandatory training as a school keeps up with the trust's standard set: the safeguarding update and fire safety
 * on the INSET day each September (a few people miss a year), Prevent when someone joins, DSL training every two
 * years, first aid every three, safer recruitment for the headteacher every five.
 */
final class TrainingPlan {

    /** Who is trained, as the school knows them this year. */
    record Trainee(StaffId id, StaffCategory category, Set<StaffRole> roles, int yearsInPost) {
    }

    private final Ids ids;
    private final TrainingCompletions completions;

    TrainingPlan(StandardRequirements requirements, Ids ids, Diary diary) {
        this.ids = ids;
        this.completions = new TrainingCompletions(requirements, ids, diary);
    }

    /** The year's training; {@code index} counts the years of the generated history from 0. */
    void year(AcademicYear year, int index, LocalDate inset, List<Trainee> trainees) {
        for (Trainee trainee : trainees) {
            if (ids.chance(0.97)) {
                complete(trainee, "safeguarding-update", inset);
            }
            if (ids.chance(0.95)) {
                complete(trainee, "fire-safety", inset);
            }
            if (trainee.yearsInPost() == 0) {
                complete(trainee, "prevent", inset.plusDays(ids.between(0, 10)));
            }
            LocalDate autumn = LocalDate.of(year.startYear(), 9, ids.between(10, 28));
            if (index % 2 == 0 && trainee.roles().contains(StaffRole.DSL)) {
                complete(trainee, "dsl", autumn);
            }
            if (index % 2 == 0 && trainee.roles().contains(StaffRole.DEPUTY_DSL)) {
                complete(trainee, "deputy-dsl", autumn);
            }
            if (index % 3 == 0 && trainee.roles().contains(StaffRole.FIRST_AIDER)) {
                complete(trainee, "first-aid-at-work", autumn);
            }
            if (index % 3 == 0 && trainee.roles().contains(StaffRole.PAEDIATRIC_FIRST_AIDER)) {
                complete(trainee, "paediatric-first-aid", autumn);
            }
            if (index % 5 == 0 && trainee.category() == StaffCategory.HEADTEACHER) {
                complete(trainee, "safer-recruitment", autumn);
            }
        }
    }

    private void complete(Trainee trainee, String requirement, LocalDate on) {
        completions.complete(trainee.id(), requirement, on);
    }
}
