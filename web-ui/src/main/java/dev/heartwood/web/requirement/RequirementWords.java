package dev.heartwood.web.requirement;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.TrainingAudience;
import dev.heartwood.web.learning.LearningWords.Choice;
import dev.heartwood.web.staff.StaffWords;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A requirement's terms in the words a school uses: whom it applies to, when it is first due, how often it is renewed
 * and when it shows as due soon or late. Templates read it as {@code @requirementWords}.
 */
@Component("requirementWords")
public class RequirementWords {

    private final StaffWords staff;

    RequirementWords(StaffWords staff) {
        this.staff = staff;
    }

    public String audience(TrainingAudience audience) {
        return switch (audience.kind()) {
            case EVERYONE -> "Everyone on the staff";
            case CATEGORY -> "Staff whose category is " + staff.category(audience.category());
            case ROLE -> "Staff who hold the role " + staff.role(audience.role());
        };
    }

    /** Whom a requirement can apply to, as the form offers them, by {@link RequirementForm}'s audience values. */
    public List<Choice> audiences() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(RequirementForm.EVERYONE, audience(TrainingAudience.everyone()), null));
        for (StaffCategory category : StaffCategory.values()) {
            choices.add(new Choice(RequirementForm.audienceValue(TrainingAudience.inCategory(category)),
                    audience(TrainingAudience.inCategory(category)), null));
        }
        for (StaffRole role : StaffRole.values()) {
            choices.add(new Choice(RequirementForm.audienceValue(TrainingAudience.holding(role)),
                    audience(TrainingAudience.holding(role)), null));
        }
        return choices;
    }

    public String due(RequirementTerms terms) {
        String becoming = switch (terms.audience().kind()) {
            case EVERYONE -> "starting";
            case CATEGORY -> "starting or joining the category";
            case ROLE -> "taking on the role";
        };
        return terms.dueWithinDays() == 0 ? "On the day of " + becoming
                : "Within " + days(terms.dueWithinDays()) + " of " + becoming;
    }

    public String renewal(RequirementTerms terms) {
        Integer months = terms.renewalMonths();
        if (months == null) {
            return "Never: once done, it stays done";
        }
        if (months % 12 == 0) {
            return months == 12 ? "Every year" : "Every " + months / 12 + " years";
        }
        return months == 1 ? "Every month" : "Every " + months + " months";
    }

    /** When it shows as due soon (its warning period) and when as overdue or expired (its grace days). */
    public String warning(RequirementTerms terms) {
        return (terms.warningDays() == 0 ? "Due soon on its due date; "
                : "Due soon from " + days(terms.warningDays()) + " before its due date; ")
                + (terms.graceDays() == 0 ? "overdue the day after"
                : "overdue after " + days(terms.graceDays()) + " of grace");
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
