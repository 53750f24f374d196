package dev.heartwood.appraisal.application;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MisValuesTest {

    @Test
    void readsCategoriesByNameOrInWords() {
        assertThat(MisValues.category("TEACHER")).isEqualTo(StaffCategory.TEACHER);
        assertThat(MisValues.category("Support staff")).isEqualTo(StaffCategory.SUPPORT_STAFF);
        assertThat(MisValues.category("ECT")).isEqualTo(StaffCategory.EARLY_CAREER_TEACHER);
        assertThat(MisValues.category("Early career teacher")).isEqualTo(StaffCategory.EARLY_CAREER_TEACHER);
        assertThat(MisValues.category("Head teacher")).isEqualTo(StaffCategory.HEADTEACHER);
        assertThat(MisValues.category("governor")).isEqualTo(StaffCategory.GOVERNOR);
    }

    @Test
    void refusesACategoryItDoesNotKnow() {
        assertThatIllegalArgumentException().isThrownBy(() -> MisValues.category("Caretaker"))
                .withMessageStartingWith("'Caretaker' is not a staff category");
    }

    @Test
    void readsRolesSeparatedBySemicolonsOrBarsByNameOrInWords() {
        assertThat(MisValues.roles("DSL; Deputy DSL|first aider")).containsExactlyInAnyOrder(
                StaffRole.DSL, StaffRole.DEPUTY_DSL, StaffRole.FIRST_AIDER);
        assertThat(MisValues.roles("PAEDIATRIC_FIRST_AIDER | Mental health first aider ; SENCo;Fire Warden;"))
                .containsExactlyInAnyOrder(StaffRole.PAEDIATRIC_FIRST_AIDER, StaffRole.MENTAL_HEALTH_FIRST_AIDER,
                        StaffRole.SENCO, StaffRole.FIRE_WARDEN);
        assertThat(MisValues.roles("Designated safeguarding lead")).containsExactly(StaffRole.DSL);
        assertThat(MisValues.roles(" ; ")).isEmpty();
    }

    @Test
    void refusesARoleItDoesNotKnow() {
        assertThatIllegalArgumentException().isThrownBy(() -> MisValues.roles("DSL; Librarian"))
                .withMessageStartingWith("'Librarian' is not a role");
    }

    @Test
    void readsIsoAndUkDates() {
        assertThat(MisValues.date("2025-09-01")).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(MisValues.date("01/09/2025")).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(MisValues.date("1/9/2025")).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void refusesDatesThatDoNotExistOrAreWrittenTheAmericanWay() {
        assertThatIllegalArgumentException().isThrownBy(() -> MisValues.date("31/02/2025"));
        assertThatIllegalArgumentException().isThrownBy(() -> MisValues.date("09/13/2025"));
        assertThatIllegalArgumentException().isThrownBy(() -> MisValues.date("2025-13-01"))
                .withMessage("'2025-13-01' is not a date (write 2025-09-01 or 01/09/2025)");
    }

    @Test
    void readsDecimalsAndRefusesWords() {
        assertThat(MisValues.decimal("0.6")).isEqualByComparingTo(new BigDecimal("0.6"));
        assertThat(MisValues.decimal("1")).isEqualByComparingTo(BigDecimal.ONE);
        assertThatIllegalArgumentException().isThrownBy(() -> MisValues.decimal("full time"));
        assertThatIllegalArgumentException().isThrownBy(() -> MisValues.decimal("0,6"))
                .withMessage("'0,6' is not a number (write 0.6 or 1, with a point as the decimal separator)");
    }
}
