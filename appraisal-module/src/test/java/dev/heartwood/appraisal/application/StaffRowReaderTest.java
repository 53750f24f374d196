package dev.heartwood.appraisal.application;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import static dev.heartwood.appraisal.application.StaffColumn.CATEGORY;
import static dev.heartwood.appraisal.application.StaffColumn.EMAIL;
import static dev.heartwood.appraisal.application.StaffColumn.EXTERNAL_ID;
import static dev.heartwood.appraisal.application.StaffColumn.FTE;
import static dev.heartwood.appraisal.application.StaffColumn.LEAVE_DATE;
import static dev.heartwood.appraisal.application.StaffColumn.LINE_MANAGER;
import static dev.heartwood.appraisal.application.StaffColumn.NAME;
import static dev.heartwood.appraisal.application.StaffColumn.ROLES;
import static dev.heartwood.appraisal.application.StaffColumn.START_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StaffRowReaderTest {

    private final StaffRowReader reader =
            new StaffRowReader(Validation.buildDefaultValidatorFactory().getValidator());

    private static Map<StaffColumn, String> ashasValues() {
        Map<StaffColumn, String> values = new EnumMap<>(StaffColumn.class);
        values.put(EXTERNAL_ID, "T017");
        values.put(NAME, "Asha Patel");
        values.put(EMAIL, "a.patel@oakfield.sch.uk");
        values.put(CATEGORY, "ECT");
        values.put(ROLES, "First aider|Fire warden");
        values.put(START_DATE, "01/09/2025");
        values.put(FTE, "0.8");
        values.put(LINE_MANAGER, "T002");
        values.put(LEAVE_DATE, "2026-07-31");
        return values;
    }

    @Test
    void readsARowIntoItsValues() {
        StaffRow row = reader.read(new StaffCsvRow(12, ashasValues()));

        assertThat(row).isEqualTo(new StaffRow(12, "T017", "Asha Patel", "a.patel@oakfield.sch.uk",
                StaffCategory.EARLY_CAREER_TEACHER, Set.of(StaffRole.FIRST_AIDER, StaffRole.FIRE_WARDEN),
                LocalDate.of(2025, 9, 1), new BigDecimal("0.8"), "T002", LocalDate.of(2026, 7, 31)));
    }

    @Test
    void joinsAForenameAndASurnameIntoTheName() {
        Map<StaffColumn, String> values = ashasValues();
        values.remove(NAME);
        values.put(StaffColumn.FORENAME, "Asha");
        values.put(StaffColumn.SURNAME, "Patel");

        assertThat(reader.read(new StaffCsvRow(12, values)).name()).isEqualTo("Asha Patel");
    }

    @Test
    void readsARowWithoutRolesLineManagerOrLeaveDate() {
        Map<StaffColumn, String> values = ashasValues();
        values.remove(ROLES);
        values.remove(LINE_MANAGER);
        values.remove(LEAVE_DATE);

        StaffRow row = reader.read(new StaffCsvRow(12, values));

        assertThat(row.roles()).isEmpty();
        assertThat(row.lineManagerExternalId()).isNull();
        assertThat(row.leaveDate()).isNull();
    }

    @Test
    void namesEveryValueThatIsMissingOrWrongOnceInTheOrderOfTheColumns() {
        Map<StaffColumn, String> values = ashasValues();
        values.remove(NAME);
        values.put(EMAIL, "a.patel.oakfield.sch.uk");
        values.put(CATEGORY, "Caretaker");
        values.put(FTE, "1.5");
        values.put(LEAVE_DATE, "31/02/2026");

        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(new StaffCsvRow(12, values)))
                .withMessage("name: is missing; e-mail: must be a well-formed email address; "
                        + "category: 'Caretaker' is not a staff category (teacher, headteacher, support staff, ECT "
                        + "or governor); FTE: must be less than or equal to 1; "
                        + "leave date: '31/02/2026' is not a date (write 2025-09-01 or 01/09/2025)");
    }
}
