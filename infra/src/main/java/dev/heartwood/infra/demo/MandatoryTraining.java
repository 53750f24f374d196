package dev.heartwood.infra.demo;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo school's mandatory training as it stands today, against the trust's standard set: the safeguarding update
 * and fire safety on each INSET day, Prevent on joining, the training of a role or post renewed in good time;
 * except where a person's record is made to stand otherwise, so that the compliance matrix has something to show
 * on any day: a renewal falling due within the month, training that lapsed, training never done.
 */
final class MandatoryTraining {

    /** How a person's record of one requirement stands today, other than kept up. */
    enum Standing {
        /** The renewal falls due within the next month. */
        FALLING_DUE,
        /** The last completion ran out a while ago. */
        LAPSED,
        /** Never done. */
        NEVER_DONE
    }

    /** Months after which each requirement of the standard set must be renewed, as the set defines them. */
    private static final Map<String, Integer> RENEWAL_MONTHS = Map.of("safeguarding-update", 12, "fire-safety", 12,
            "dsl", 24, "deputy-dsl", 24, "first-aid-at-work", 36, "paediatric-first-aid", 36, "safer-recruitment", 60);
    private static final Map<StaffRole, String> FOR_ROLE = Map.of(StaffRole.DSL, "dsl",
            StaffRole.DEPUTY_DSL, "deputy-dsl", StaffRole.FIRST_AIDER, "first-aid-at-work",
            StaffRole.PAEDIATRIC_FIRST_AIDER, "paediatric-first-aid");
    /** The most months ago that training of a role or post kept up was last done. */
    private static final int LAST_DONE_AT_MOST = 18;

    private final TrainingCompletions completions;
    private final Ids ids;
    private final LocalDate today;
    private final Map<Person, Map<String, Standing>> exceptions = new HashMap<>();

    MandatoryTraining(TrainingCompletions completions, Ids ids, LocalDate today) {
        this.completions = completions;
        this.ids = ids;
        this.today = today;
    }

    /** The person's record of the requirement stands so today (they have been on the staff long enough). */
    void except(Person person, String requirement, Standing standing) {
        exceptions.computeIfAbsent(person, someone -> new HashMap<>()).put(requirement, standing);
    }

    /** Writes what the person has done of the training that applies to them, given the school's INSET days. */
    void record(Person person, List<LocalDate> insets) {
        for (String requirement : requirementsOf(person)) {
            Standing standing = exceptions.getOrDefault(person, Map.of()).get(requirement);
            if (standing == null) {
                keptUp(person, requirement, insets);
                continue;
            }
            LocalDate renewal = today.minusMonths(RENEWAL_MONTHS.getOrDefault(requirement, 0));
            switch (standing) {
                case FALLING_DUE -> completions.complete(person.id(), requirement,
                        renewal.plusDays(ids.between(5, 25)));
                case LAPSED -> completions.complete(person.id(), requirement, renewal.minusDays(ids.between(10, 60)));
                case NEVER_DONE -> {
                    // nothing on record
                }
            }
        }
    }

    private void keptUp(Person person, String requirement, List<LocalDate> insets) {
        switch (requirement) {
            case "safeguarding-update", "fire-safety" -> insets.stream().filter(person::onTheStaffOn)
                    .forEach(inset -> completions.complete(person.id(), requirement, inset));
            case "prevent" -> completions.complete(person.id(), requirement,
                    person.started().plusDays(ids.between(0, 10)));
            default -> {
                LocalDate done = today.minusMonths(ids.between(2, LAST_DONE_AT_MOST));
                completions.complete(person.id(), requirement,
                        done.isBefore(person.started()) ? person.started() : done);
            }
        }
    }

    private static List<String> requirementsOf(Person person) {
        List<String> requirements = new ArrayList<>(List.of("safeguarding-update", "prevent", "fire-safety"));
        for (StaffRole role : StaffRole.values()) {
            if (person.holds(role) && FOR_ROLE.containsKey(role)) {
                requirements.add(FOR_ROLE.get(role));
            }
        }
        if (person.category() == StaffCategory.HEADTEACHER) {
            requirements.add("safer-recruitment");
        }
        return requirements;
    }
}
