package dev.heartwood.web.requirement;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.TrainingAudience;
import dev.heartwood.learning.api.TrainingCategory;
import dev.heartwood.web.DateInput;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A requirement's form: its periods within the API's limits, and the terms it stands for, whomever they apply to. */
class RequirementFormTest {

    private static final DateInput SEPTEMBER = DateInput.of(LocalDate.of(2026, 9, 1));
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static RequirementForm form(String due, String renewal, String grace) {
        return form(due, renewal, grace, "30");
    }

    private static RequirementForm form(String due, String renewal, String grace, String warning) {
        return new RequirementForm(UUID.randomUUID(), "Manual handling", TrainingCategory.OTHER, "EVERYONE", due,
                renewal, grace, warning, "Policy", SEPTEMBER);
    }

    private static List<String> refused(RequirementForm form) {
        return VALIDATOR.validate(form).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .distinct().sorted().toList();
    }

    @Test
    void periodsOutsideTheApisLimitsAreRefusedBesideTheirFields() {
        assertThat(refused(form("0", "", ""))).isEmpty();
        assertThat(refused(form("3650", "120", "365"))).isEmpty();
        assertThat(refused(form(" 14 ", " 1 ", " 0 "))).isEmpty();
        assertThat(refused(form("3651", "0", "366"))).containsExactly("dueWithinDays", "graceDays", "renewalMonths");
        assertThat(refused(form("-1", "121", "1.5"))).containsExactly("dueWithinDays", "graceDays", "renewalMonths");
        assertThat(refused(form("", "twelve", "07"))).containsExactly("dueWithinDays", "graceDays", "renewalMonths");
        assertThat(refused(form("14", "12", "0", "3650"))).isEmpty();
        assertThat(refused(form("14", "12", "0", " 0 "))).isEmpty();
        for (String warning : new String[]{"-1", "3651", "a month", "7.5"}) {
            assertThat(refused(form("14", "12", "0", warning))).as(warning).containsExactly("warningDays");
        }
    }

    @Test
    void aFormStandsForTheTermsItWasFilledWithWhomeverTheyApplyTo() {
        for (TrainingAudience audience : List.of(TrainingAudience.everyone(),
                TrainingAudience.inCategory(StaffCategory.SUPPORT_STAFF), TrainingAudience.holding(StaffRole.DSL))) {
            RequirementTerms terms = new RequirementTerms("DSL training", TrainingCategory.DSL_TRAINING, audience, 30,
                    24, 7, 60, "KCSIE 2025");

            assertThat(RequirementForm.of(UUID.randomUUID(), terms, SEPTEMBER).terms()).isEqualTo(terms);
        }
    }

    @Test
    void anEmptyRenewalNeverExpiresEmptyGraceIsNoneAndAnEmptyWarningIsThirtyDays() {
        RequirementTerms terms = form("14", " ", "", "").terms();

        assertThat(terms.renewalMonths()).isNull();
        assertThat(terms.graceDays()).isZero();
        assertThat(terms.warningDays()).isEqualTo(30);
        assertThat(terms.dueWithinDays()).isEqualTo(14);
    }

    @Test
    void anAudienceNotOfferedIsNone() {
        for (String audience : new String[]{"CATEGORY:PUPIL", "ROLE:", "everyone", "", null}) {
            assertThat(new RequirementForm(null, "Manual handling", TrainingCategory.OTHER, audience, "1", "", "",
                    "", "Policy", SEPTEMBER).trainingAudience()).as(audience).isEmpty();
        }
    }
}
