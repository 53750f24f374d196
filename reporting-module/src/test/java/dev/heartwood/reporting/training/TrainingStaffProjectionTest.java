package dev.heartwood.reporting.training;

import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffCategoryChanged;
import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.appraisal.api.StaffRoleAssigned;
import dev.heartwood.appraisal.api.StaffRoleRemoved;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.reporting.ProjectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingStaffProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final TrainingStaffProjection projection = new TrainingStaffProjection(schema.jdbc());
    private final SchoolId school = new SchoolId(UUID.randomUUID());
    private final TrustId trust = new TrustId(UUID.randomUUID());
    private final StaffId asha = new StaffId(UUID.randomUUID());

    @Test
    void aPersonsSchoolCategoriesRolesAndLeavingAreKeptWithTheDaysTheyChanged() {
        long schoolRegistered = schema.apply(projection, new SchoolRegistered(school, trust, "Oakfield Primary",
                SchoolType.ACADEMY));
        long registered = schema.apply(projection, new StaffMemberRegistered(asha, school, "T042",
                PersonalText.of("Asha Patel"), PersonalText.of("asha@oakfield.example"),
                StaffCategory.EARLY_CAREER_TEACHER, LocalDate.of(2024, 9, 1), BigDecimal.ONE));
        long category = schema.apply(projection, new StaffCategoryChanged(asha, school, StaffCategory.TEACHER,
                LocalDate.of(2026, 9, 1)));
        long assigned = schema.apply(projection, new StaffRoleAssigned(asha, school, StaffRole.FIRST_AIDER,
                LocalDate.of(2025, 1, 6)));
        long removed = schema.apply(projection, new StaffRoleRemoved(asha, school, StaffRole.FIRST_AIDER,
                LocalDate.of(2025, 7, 21)));
        long left = schema.apply(projection, new StaffMemberLeft(asha, school, LocalDate.of(2027, 8, 31)));

        assertThat(schema.rows("SELECT school_id, trust_id, last_event_index FROM training_school"))
                .containsExactly(school + " | " + trust + " | " + schoolRegistered);
        assertThat(schema.rows("SELECT staff_id, school_id, start_date, left_on, last_event_index FROM training_staff"))
                .containsExactly(asha + " | " + school + " | 2024-09-01 | 2027-08-31 | " + left);
        assertThat(schema.rows("""
                        SELECT effective_from, category, last_event_index FROM training_staff_category
                        WHERE staff_id = ? ORDER BY effective_from""", asha.value()))
                .containsExactly("2024-09-01 | EARLY_CAREER_TEACHER | " + registered,
                        "2026-09-01 | TEACHER | " + category);
        assertThat(schema.rows("""
                        SELECT role, effective_from, held, last_event_index FROM training_staff_role
                        WHERE staff_id = ? ORDER BY effective_from""", asha.value()))
                .containsExactly("FIRST_AIDER | 2025-01-06 | t | " + assigned,
                        "FIRST_AIDER | 2025-07-21 | f | " + removed);
    }

    @Test
    void aCategoryChangedAgainOnTheSameDayReplacesTheFirst() {
        schema.apply(projection, new StaffMemberRegistered(asha, school, "T042", PersonalText.of("Asha Patel"),
                PersonalText.of("asha@oakfield.example"), StaffCategory.TEACHER, LocalDate.of(2024, 9, 1),
                BigDecimal.ONE));
        long corrected = schema.apply(projection, new StaffCategoryChanged(asha, school, StaffCategory.SUPPORT_STAFF,
                LocalDate.of(2024, 9, 1)));

        assertThat(schema.rows("SELECT effective_from, category, last_event_index FROM training_staff_category"))
                .containsExactly("2024-09-01 | SUPPORT_STAFF | " + corrected);
    }
}
