package dev.heartwood.learning.api;

import org.springframework.lang.Nullable;

import java.util.Objects;

/**
 * What one version of a training requirement asks: the same terms are used when it is defined and each time it
 * is amended.
 *
 * @param dueWithinDays days after a person becomes subject to it (starts, or gains the role) by which it is due
 * @param renewalMonths months after a completion by which it must be renewed, or {@code null} if it never expires
 * @param graceDays     days past a due date before it counts as overdue or expired
 * @param warningDays   days before a due (or renewal) date from which it shows as due soon; the requirement checks
 *                      that it is not negative and, when it is renewed, shorter than its renewal period
 * @param source        where the requirement comes from, for example "KCSIE 2025"
 */
public record RequirementTerms(String title, TrainingCategory category, TrainingAudience audience,
                               int dueWithinDays, @Nullable Integer renewalMonths, int graceDays, int warningDays,
                               String source) {

    /** The warning period a requirement has unless it is given another. */
    public static final int DEFAULT_WARNING_DAYS = 30;

    public RequirementTerms {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(source, "source");
        if (dueWithinDays < 0 || graceDays < 0 || (renewalMonths != null && renewalMonths < 1)) {
            throw new IllegalArgumentException("Days cannot be negative and a renewal needs at least a month");
        }
    }
}
