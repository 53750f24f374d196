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
import dev.heartwood.reporting.api.RequirementInForce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The requirements the compliance matrix offers as its filter's choices, without anyone's standing. */
class RequirementsInForceTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final TrainingProjection requirements = new TrainingProjection(schema.jdbc());
    private final TrainingStaffProjection schools = new TrainingStaffProjection(schema.jdbc());
    private final TrainingQueries queries = new TrainingQueries(new TrainingRows(schema.jdbc()));
    private final TrustId trust = new TrustId(UUID.randomUUID());
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final SchoolId elm = new SchoolId(UUID.randomUUID());
    private final SchoolId elsewhere = new SchoolId(UUID.randomUUID());

    private RequirementId defined(SchoolId school, TrustId of, String title, LocalDate from) {
        RequirementId requirement = new RequirementId(UUID.randomUUID());
        schema.apply(requirements, new TrainingRequirementDefined(requirement, school, of, terms(title), from));
        return requirement;
    }

    private static RequirementTerms terms(String title) {
        return new RequirementTerms(title, TrainingCategory.OTHER, TrainingAudience.everyone(), 30, 36, 0,
                RequirementTerms.DEFAULT_WARNING_DAYS, "Policy");
    }

    private static RequirementInForce inForce(RequirementId requirement, String title) {
        return new RequirementInForce(requirement.value(), title, TrainingCategory.OTHER);
    }

    @Test
    void theSchoolsOwnAndTheirTrustsRequirementsInForceOnTheDayByTheirTitlesThen() {
        schema.apply(schools, new SchoolRegistered(oakfield, trust, "Oakfield Primary", SchoolType.ACADEMY));
        schema.apply(schools, new SchoolRegistered(elm, trust, "Elm Academy", SchoolType.ACADEMY));
        schema.apply(schools, new SchoolRegistered(elsewhere, null, "Another school", SchoolType.ACADEMY));
        LocalDate september = LocalDate.of(2025, 9, 1);
        RequirementId fireSafety = defined(null, trust, "Fire safety", september);
        RequirementId manualHandling = defined(oakfield, null, "Manual handling", september);
        schema.apply(requirements, new TrainingRequirementAmended(manualHandling, oakfield, null,
                terms("Lifting and carrying"), LocalDate.of(2026, 1, 5)));
        RequirementId foodHygiene = defined(elm, null, "Food hygiene", september);
        schema.apply(requirements, new TrainingRequirementWithdrawn(foodHygiene, elm, null, DAY));
        defined(elm, null, "Not yet in force", DAY.plusDays(1));
        defined(elsewhere, null, "Another school's", september);

        assertThat(queries.requirementsInForceAt(List.of(oakfield.value(), elm.value()), DAY)).containsExactly(
                inForce(fireSafety, "Fire safety"), inForce(manualHandling, "Lifting and carrying"));
        assertThat(queries.requirementsInForceAt(List.of(elm.value()), DAY.minusDays(1))).containsExactly(
                inForce(fireSafety, "Fire safety"), inForce(foodHygiene, "Food hygiene"));
        assertThat(queries.requirementsInForceAt(List.of(), DAY)).isEmpty();
    }
}
