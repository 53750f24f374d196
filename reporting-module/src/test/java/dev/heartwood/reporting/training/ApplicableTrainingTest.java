package dev.heartwood.reporting.training;

import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.appraisal.api.StaffRoleAssigned;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrainingRecordId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.learning.api.ExemptedFromTraining;
import dev.heartwood.learning.api.ExemptionPeriod;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.TrainingAudience;
import dev.heartwood.learning.api.TrainingCategory;
import dev.heartwood.learning.api.TrainingCompleted;
import dev.heartwood.learning.api.TrainingRequirementDefined;
import dev.heartwood.reporting.ProjectionSchema;
import dev.heartwood.reporting.api.RequirementInForce;
import dev.heartwood.reporting.api.TrainingStandingView;
import dev.heartwood.reporting.training.TrainingQueries.Applicable;
import dev.heartwood.reporting.training.TrainingQueries.Standing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What applies to whom without reading anyone's training, as the compliance matrix by person counts and orders its
 * rows: the requirements the standings of everyone on the staff have, and those of a few people read on their own.
 */
class ApplicableTrainingTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final TrainingProjection training = new TrainingProjection(schema.jdbc());
    private final TrainingStaffProjection staff = new TrainingStaffProjection(schema.jdbc());
    private final TrainingQueries queries = new TrainingQueries(new TrainingRows(schema.jdbc()));
    private final TrustId trust = new TrustId(UUID.randomUUID());
    private final SchoolId school = new SchoolId(UUID.randomUUID());

    private StaffId registered(String name, LocalDate from) {
        StaffId person = new StaffId(UUID.randomUUID());
        schema.apply(staff, new StaffMemberRegistered(person, school, null, PersonalText.of(name),
                PersonalText.of("someone@oakfield.example"), StaffCategory.TEACHER, from, BigDecimal.ONE));
        return person;
    }

    private RequirementId defined(SchoolId at, TrustId of, String title, TrainingAudience audience) {
        RequirementId requirement = new RequirementId(UUID.randomUUID());
        RequirementTerms terms = new RequirementTerms(title, TrainingCategory.OTHER, audience, 30, 12, 0,
                RequirementTerms.DEFAULT_WARNING_DAYS, "Policy");
        schema.apply(training, new TrainingRequirementDefined(requirement, at, of, terms, LocalDate.of(2025, 9, 1)));
        return requirement;
    }

    private static Map<UUID, List<UUID>> requirementsOf(List<Standing> standings) {
        return standings.stream().collect(Collectors.toMap(person -> person.training().staffId(),
                person -> person.training().requirements().stream().map(TrainingStandingView::requirementId)
                        .sorted().toList()));
    }

    @Test
    void whatAppliesToWhomIsWhatTheirStandingsAreIn() {
        schema.apply(staff, new SchoolRegistered(school, trust, "Oakfield Primary", SchoolType.ACADEMY));
        RequirementId safeguarding = defined(null, trust, "Safeguarding", TrainingAudience.everyone());
        RequirementId dsl = defined(school, null, "DSL training", TrainingAudience.holding(StaffRole.DSL));
        defined(school, null, "Support staff induction", TrainingAudience.inCategory(StaffCategory.SUPPORT_STAFF));
        StaffId asha = registered("Asha Patel", LocalDate.of(2024, 9, 1));
        schema.apply(staff, new StaffRoleAssigned(asha, school, StaffRole.DSL, LocalDate.of(2025, 1, 6)));
        schema.apply(training, new TrainingCompleted(new TrainingRecordId(UUID.randomUUID()), asha, school,
                safeguarding, LocalDate.of(2025, 9, 3), "Local authority", null));
        StaffId ben = registered("Ben Okafor", LocalDate.of(2024, 9, 1));
        schema.apply(training, new ExemptedFromTraining(new TrainingRecordId(UUID.randomUUID()), ben, school,
                safeguarding, PersonalText.of("On leave"), new ExemptionPeriod(LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 6, 30))));
        StaffId gone = registered("Left last year", LocalDate.of(2020, 9, 1));
        schema.apply(staff, new StaffMemberLeft(gone, school, LocalDate.of(2025, 8, 31)));

        List<Applicable> applicable = queries.applicableAt(List.of(school.value()), DAY);
        List<Standing> standings = queries.standingsAt(List.of(school.value()), DAY);

        assertThat(applicable.stream().collect(Collectors.toMap(Applicable::staffId,
                person -> person.requirements().stream().map(RequirementInForce::requirementId).sorted().toList())))
                .isEqualTo(requirementsOf(standings))
                .containsOnlyKeys(asha.value(), ben.value());
        assertThat(applicable).filteredOn(person -> person.staffId().equals(asha.value())).singleElement()
                .extracting(Applicable::requirements).asList()
                .containsExactlyInAnyOrder(new RequirementInForce(safeguarding.value(), "Safeguarding",
                        TrainingCategory.OTHER), new RequirementInForce(dsl.value(), "DSL training",
                        TrainingCategory.OTHER));
        assertThat(queries.standingsOf(List.of(asha.value()), DAY)).containsExactlyElementsOf(
                standings.stream().filter(person -> person.training().staffId().equals(asha.value())).toList());
        assertThat(queries.standingsOf(List.of(), DAY)).isEmpty();
    }
}
