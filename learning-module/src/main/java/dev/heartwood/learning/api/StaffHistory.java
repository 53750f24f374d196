package dev.heartwood.learning.api;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What decides which training applies to a person, and since when: their start and leaving dates, their
 * categories and their roles, each with the date it took effect.
 *
 * @param leftOn     their last day, or {@code null}
 * @param categories the category they joined with (from their start date) and each change
 * @param roles      each role given ({@code held}) or taken away, from its date
 */
public record StaffHistory(LocalDate startDate, LocalDate leftOn, List<CategoryFrom> categories,
                           List<RoleChange> roles) {

    public record CategoryFrom(LocalDate from, StaffCategory category) {
    }

    public record RoleChange(LocalDate from, StaffRole role, boolean held) {
    }

    public StaffHistory {
        categories = categories.stream().sorted(Comparator.comparing(CategoryFrom::from)).toList();
        roles = roles.stream().sorted(Comparator.comparing(RoleChange::from)).toList();
    }

    /** The day since which the person has been, without a break, in the audience on {@code day}; empty if not. */
    public Optional<LocalDate> inAudienceSince(TrainingAudience audience, LocalDate day) {
        if (day.isBefore(startDate) || (leftOn != null && day.isAfter(leftOn))) {
            return Optional.empty();
        }
        Optional<LocalDate> since = switch (audience.kind()) {
            case EVERYONE -> Optional.of(startDate);
            case CATEGORY -> inCategorySince(audience.category(), day);
            case ROLE -> holdingSince(audience.role(), day);
        };
        return since.map(from -> from.isBefore(startDate) ? startDate : from);
    }

    private Optional<LocalDate> inCategorySince(StaffCategory category, LocalDate day) {
        LocalDate since = null;
        for (CategoryFrom change : categories) {
            if (change.from().isAfter(day)) {
                break;
            }
            if (change.category() != category) {
                since = null;
            } else if (since == null) {
                since = change.from();
            }
        }
        return Optional.ofNullable(since);
    }

    private Optional<LocalDate> holdingSince(StaffRole role, LocalDate day) {
        LocalDate since = null;
        for (RoleChange change : roles) {
            if (change.from().isAfter(day) || change.role() != role) {
                continue;
            }
            if (!change.held()) {
                since = null;
            } else if (since == null) {
                since = change.from();
            }
        }
        return Optional.ofNullable(since);
    }
}
