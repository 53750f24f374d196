package dev.heartwood.learning.api;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;

import org.springframework.lang.Nullable;

import java.util.Objects;

/**
 * Whom a training requirement applies to: everyone on the staff, everyone of one staff category, or everyone
 * holding one role (the DSL, the first aiders...).
 *
 * @param category set only for {@link Kind#CATEGORY}
 * @param role     set only for {@link Kind#ROLE}
 */
public record TrainingAudience(Kind kind, @Nullable StaffCategory category, @Nullable StaffRole role) {

    public enum Kind {
        EVERYONE,
        CATEGORY,
        ROLE
    }

    public TrainingAudience {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.CATEGORY) != (category != null) || (kind == Kind.ROLE) != (role != null)) {
            throw new IllegalArgumentException("A " + kind + " audience names exactly what it needs");
        }
    }

    public static TrainingAudience everyone() {
        return new TrainingAudience(Kind.EVERYONE, null, null);
    }

    public static TrainingAudience inCategory(StaffCategory category) {
        return new TrainingAudience(Kind.CATEGORY, Objects.requireNonNull(category, "category"), null);
    }

    public static TrainingAudience holding(StaffRole role) {
        return new TrainingAudience(Kind.ROLE, null, Objects.requireNonNull(role, "role"));
    }
}
