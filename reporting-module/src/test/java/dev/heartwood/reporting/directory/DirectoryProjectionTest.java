package dev.heartwood.reporting.directory;

import dev.heartwood.appraisal.api.LineManagerAssigned;
import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffCategoryChanged;
import dev.heartwood.appraisal.api.StaffDetailsChanged;
import dev.heartwood.appraisal.api.StaffFteChanged;
import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.appraisal.api.StaffRoleAssigned;
import dev.heartwood.appraisal.api.StaffRoleRemoved;
import dev.heartwood.appraisal.api.TrustRegistered;
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

class DirectoryProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final DirectoryProjection projection = new DirectoryProjection(schema.jdbc());
    private final TrustId trust = new TrustId(UUID.randomUUID());
    private final SchoolId school = new SchoolId(UUID.randomUUID());
    private final StaffId asha = new StaffId(UUID.randomUUID());
    private final StaffId head = new StaffId(UUID.randomUUID());

    @Test
    void trustsSchoolsAndStaffAreKeptAsTheyNowStand() {
        long trustRegistered = schema.apply(projection, new TrustRegistered(trust, "Riverside Learning Trust"));
        long schoolRegistered = schema.apply(projection, new SchoolRegistered(school, trust, "Oakfield Primary",
                SchoolType.ACADEMY));
        schema.apply(projection, new StaffMemberRegistered(asha, school, "T042", PersonalText.of("Asha Patel"),
                PersonalText.of("asha@oakfield.example"), StaffCategory.EARLY_CAREER_TEACHER,
                LocalDate.of(2024, 9, 1), new BigDecimal("0.8")));
        schema.apply(projection, new StaffDetailsChanged(asha, school, PersonalText.of("Asha Shah"),
                PersonalText.of("asha.shah@oakfield.example")));
        schema.apply(projection, new StaffCategoryChanged(asha, school, StaffCategory.TEACHER,
                LocalDate.of(2025, 9, 1)));
        schema.apply(projection, new StaffFteChanged(asha, school, new BigDecimal("1.0"), LocalDate.of(2025, 9, 1)));
        schema.apply(projection, new StaffRoleAssigned(asha, school, StaffRole.DSL, LocalDate.of(2025, 9, 1)));
        schema.apply(projection, new StaffRoleAssigned(asha, school, StaffRole.SENCO, LocalDate.of(2025, 9, 1)));
        schema.apply(projection, new StaffRoleAssigned(asha, school, StaffRole.DSL, LocalDate.of(2025, 10, 1)));
        schema.apply(projection, new StaffRoleRemoved(asha, school, StaffRole.SENCO, LocalDate.of(2026, 1, 1)));
        schema.apply(projection, new LineManagerAssigned(asha, school, head, LocalDate.of(2025, 9, 1)));
        long left = schema.apply(projection, new StaffMemberLeft(asha, school, LocalDate.of(2026, 8, 31)));

        assertThat(schema.rows("SELECT name, last_event_index FROM trust_view WHERE trust_id = ?", trust.value()))
                .containsExactly("Riverside Learning Trust | " + trustRegistered);
        assertThat(schema.rows("SELECT trust_id, name, type, last_event_index FROM school_view"))
                .containsExactly(trust + " | Oakfield Primary | ACADEMY | " + schoolRegistered);
        assertThat(schema.rows("""
                        SELECT school_id, external_id, name, email, category, roles, line_manager_id, start_date,
                               left_on, fte, last_event_index
                        FROM staff_view WHERE staff_id = ?""", asha.value()))
                .containsExactly(school + " | T042 | Asha Shah | asha.shah@oakfield.example | TEACHER | {DSL} | "
                        + head + " | 2024-09-01 | 2026-08-31 | 1.000 | " + left);
    }
}
