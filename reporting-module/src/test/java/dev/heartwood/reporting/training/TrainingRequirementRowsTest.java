package dev.heartwood.reporting.training;

import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.TrainingAudience;
import dev.heartwood.learning.api.TrainingCategory;
import dev.heartwood.learning.api.TrainingRequirementAmended;
import dev.heartwood.learning.api.TrainingRequirementDefined;
import dev.heartwood.learning.api.TrainingRequirementWithdrawn;
import dev.heartwood.reporting.ProjectionSchema;
import dev.heartwood.reporting.training.TrainingRows.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The requirements of a school or trust, read back from the training read model as the compliance rule reads it. */
class TrainingRequirementRowsTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final TrainingProjection requirements = new TrainingProjection(schema.jdbc());
    private final TrainingStaffProjection schools = new TrainingStaffProjection(schema.jdbc());
    private final TrainingRows rows = new TrainingRows(schema.jdbc());
    private final TrustId trust = new TrustId(UUID.randomUUID());
    private final SchoolId school = new SchoolId(UUID.randomUUID());
    private final SchoolId otherSchool = new SchoolId(UUID.randomUUID());
    private final RequirementId manualHandling = new RequirementId(UUID.randomUUID());
    private final RequirementId fireSafety = new RequirementId(UUID.randomUUID());
    private final RequirementId foodHygiene = new RequirementId(UUID.randomUUID());

    private static RequirementTerms terms(String title, Integer renewalMonths, int warningDays) {
        return new RequirementTerms(title, TrainingCategory.OTHER, TrainingAudience.everyone(), 30, renewalMonths, 0,
                warningDays, "Policy");
    }

    private void defined(RequirementId requirement, SchoolId schoolId, TrustId trustId, String title) {
        schema.apply(requirements, new TrainingRequirementDefined(requirement, schoolId, trustId,
                terms(title, 36, 30), LocalDate.of(2025, 9, 1)));
    }

    @Test
    void aSchoolListsItsOwnAndItsTrustsRequirementsAndATrustOnlyItsOwn() {
        schema.apply(schools, new SchoolRegistered(school, trust, "Oakfield Primary", SchoolType.ACADEMY));
        schema.apply(schools, new SchoolRegistered(otherSchool, null, "Elm Primary", SchoolType.ACADEMY));
        defined(manualHandling, school, null, "Manual handling");
        defined(fireSafety, null, trust, "Fire safety");
        defined(foodHygiene, otherSchool, null, "Food hygiene");

        assertThat(rows.requirementsOf(school.value(), null)).extracting(Requirement::requirementId)
                .containsExactlyInAnyOrder(manualHandling.value(), fireSafety.value());
        assertThat(rows.requirementsOf(null, trust.value())).extracting(Requirement::requirementId)
                .containsExactly(fireSafety.value());
        assertThat(rows.requirementsOf(otherSchool.value(), null)).extracting(Requirement::requirementId)
                .containsExactly(foodHygiene.value());
    }

    @Test
    void oneRequirementIsReadWithEveryVersionAndItsWithdrawal() {
        defined(manualHandling, school, null, "Manual handling");
        schema.apply(requirements, new TrainingRequirementAmended(manualHandling, school, null,
                terms("Manual handling", 12, 14), LocalDate.of(2026, 9, 1)));
        long withdrawn = schema.apply(requirements, new TrainingRequirementWithdrawn(manualHandling, school, null,
                LocalDate.of(2027, 9, 1)));

        Requirement read = rows.requirement(manualHandling.value()).orElseThrow();

        assertThat(read.schoolId()).isEqualTo(school.value());
        assertThat(read.history().inForceSince()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(read.history().versions()).extracting(version -> version.terms().renewalMonths())
                .containsExactly(36, 12);
        assertThat(read.history().versions()).extracting(version -> version.terms().warningDays())
                .containsExactly(30, 14);
        assertThat(read.history().withdrawnFrom()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(read.lastEventIndex()).isEqualTo(withdrawn);
        assertThat(rows.requirement(UUID.randomUUID())).isEmpty();
    }
}
