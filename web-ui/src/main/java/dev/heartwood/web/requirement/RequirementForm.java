package dev.heartwood.web.requirement;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.TrainingAudience;
import dev.heartwood.learning.api.TrainingCategory;
import dev.heartwood.web.DateInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Optional;
import java.util.UUID;

/**
 * A requirement's terms as the define and change forms send them, within the API's limits: due within 0 to 3650 days,
 * renewed every 1 to 120 months or never (left empty), 0 to 365 days of grace, due soon from 0 to 3650 days before
 * (30 when left empty; the requirement itself refuses one not shorter than its renewal period). Whom it applies to is
 * one value: {@code EVERYONE}, {@code CATEGORY:<category>} or {@code ROLE:<role>}.
 *
 * @param requirementId chosen when the define form is shown, so that sending it twice defines one requirement
 */
record RequirementForm(UUID requirementId,
                       @NotBlank(message = "Enter the requirement's title")
                       @Size(max = 200, message = "Enter a title of at most 200 characters") String title,
                       @NotNull(message = "Select the kind of training") TrainingCategory category,
                       @NotBlank(message = "Choose whom it applies to") String audience,
                       @NotBlank(message = "Enter the number of days by which it is first due, such as 14")
                       @Pattern(regexp = "\\s*(0|[1-9]\\d{0,2}|[12]\\d{3}|3[0-5]\\d{2}|36[0-4]\\d|3650)\\s*",
                               message = "Enter the days by which it is first due as a whole number from 0 to 3650")
                       String dueWithinDays,
                       @Pattern(regexp = "\\s*([1-9]|[1-9]\\d|1[01]\\d|120)?\\s*", message = "Enter the renewal "
                               + "period as a whole number of months from 1 to 120, or leave it empty if it is never "
                               + "renewed")
                       String renewalMonths,
                       @Pattern(regexp = "\\s*(0|[1-9]\\d?|[12]\\d{2}|3[0-5]\\d|36[0-5])?\\s*",
                               message = "Enter the days of grace as a whole number from 0 to 365")
                       String graceDays,
                       @Pattern(regexp = "\\s*(0|[1-9]\\d{0,2}|[12]\\d{3}|3[0-5]\\d{2}|36[0-4]\\d|3650)?\\s*",
                               message = "Enter the warning period as a whole number of days from 0 to 3650, such as "
                                       + "30")
                       String warningDays,
                       @NotBlank(message = "Enter where the requirement comes from, such as KCSIE 2025")
                       @Size(max = 200, message = "Enter a source of at most 200 characters") String source,
                       @DateInput.Real(message = "Enter the day these terms apply from, for example 1 9 2025")
                       DateInput from) {

    static final String EVERYONE = "EVERYONE";
    private static final String CATEGORY = "CATEGORY:";
    private static final String ROLE = "ROLE:";

    RequirementForm {
        // a form sent without the identifier it was shown with still defines one requirement
        requirementId = requirementId == null ? UUID.randomUUID() : requirementId;
    }

    /** An empty form for a new requirement, applying from the day given. */
    static RequirementForm blank(DateInput from) {
        return new RequirementForm(UUID.randomUUID(), "", null, EVERYONE, "", "", "0",
                String.valueOf(RequirementTerms.DEFAULT_WARNING_DAYS), "", from);
    }

    /** The form filled with a requirement's terms, for a change that applies from the day given. */
    static RequirementForm of(UUID requirementId, RequirementTerms terms, DateInput from) {
        return new RequirementForm(requirementId, terms.title(), terms.category(), audienceValue(terms.audience()),
                String.valueOf(terms.dueWithinDays()),
                terms.renewalMonths() == null ? "" : String.valueOf(terms.renewalMonths()),
                String.valueOf(terms.graceDays()), String.valueOf(terms.warningDays()), terms.source(), from);
    }

    static String audienceValue(TrainingAudience audience) {
        return switch (audience.kind()) {
            case EVERYONE -> EVERYONE;
            case CATEGORY -> CATEGORY + audience.category().name();
            case ROLE -> ROLE + audience.role().name();
        };
    }

    /** Whom the form says it applies to, when it names one of the audiences offered. */
    Optional<TrainingAudience> trainingAudience() {
        try {
            if (EVERYONE.equals(audience)) {
                return Optional.of(TrainingAudience.everyone());
            }
            if (audience != null && audience.startsWith(CATEGORY)) {
                return Optional.of(TrainingAudience.inCategory(
                        StaffCategory.valueOf(audience.substring(CATEGORY.length()))));
            }
            if (audience != null && audience.startsWith(ROLE)) {
                return Optional.of(TrainingAudience.holding(StaffRole.valueOf(audience.substring(ROLE.length()))));
            }
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The terms, for a form that has been validated. */
    RequirementTerms terms() {
        return new RequirementTerms(title.strip(), category, trainingAudience().orElseThrow(),
                Integer.parseInt(dueWithinDays.strip()), number(renewalMonths),
                Optional.ofNullable(number(graceDays)).orElse(0),
                Optional.ofNullable(number(warningDays)).orElse(RequirementTerms.DEFAULT_WARNING_DAYS),
                source.strip());
    }

    private static Integer number(String field) {
        return field == null || field.isBlank() ? null : Integer.valueOf(field.strip());
    }
}
