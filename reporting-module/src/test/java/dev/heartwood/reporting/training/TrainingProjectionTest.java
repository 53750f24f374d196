package dev.heartwood.reporting.training;

import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrainingRecordId;
import dev.heartwood.learning.api.ExemptedFromTraining;
import dev.heartwood.learning.api.ExemptionPeriod;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.TrainingAudience;
import dev.heartwood.learning.api.TrainingCategory;
import dev.heartwood.learning.api.TrainingCompleted;
import dev.heartwood.learning.api.TrainingRequirementAmended;
import dev.heartwood.learning.api.TrainingRequirementDefined;
import dev.heartwood.learning.api.TrainingRequirementWithdrawn;
import dev.heartwood.reporting.ProjectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final TrainingProjection projection = new TrainingProjection(schema.jdbc());
    private final SchoolId school = new SchoolId(UUID.randomUUID());
    private final StaffId asha = new StaffId(UUID.randomUUID());
    private final RequirementId firstAid = new RequirementId(UUID.randomUUID());

    private TrainingCompleted completed(String on, String certificate) {
        return new TrainingCompleted(new TrainingRecordId(UUID.randomUUID()), asha, school, firstAid,
                LocalDate.parse(on), "St John Ambulance", certificate);
    }

    private RequirementTerms terms(String title, int renewalMonths, int warningDays) {
        return new RequirementTerms(title, TrainingCategory.FIRST_AID_AT_WORK,
                TrainingAudience.holding(StaffRole.FIRST_AIDER), 30, renewalMonths, 14, warningDays,
                "HSE first aid guidance");
    }

    @Test
    void aRequirementKeepsEachVersionOfItsTermsAndTheDayItWasWithdrawn() {
        schema.apply(projection, new TrainingRequirementDefined(firstAid, school, null, terms("First aid", 36, 30),
                LocalDate.of(2025, 9, 1)));
        long amended = schema.apply(projection, new TrainingRequirementAmended(firstAid, school, null,
                terms("First aid at work", 24, 60), LocalDate.of(2026, 1, 1)));
        long withdrawn = schema.apply(projection, new TrainingRequirementWithdrawn(firstAid, school, null,
                LocalDate.of(2026, 8, 31)));

        assertThat(schema.rows("""
                        SELECT school_id, trust_id, withdrawn_from, last_event_index FROM training_requirement
                        WHERE requirement_id = ?""", firstAid.value()))
                .containsExactly(school + " | null | 2026-08-31 | " + withdrawn);
        assertThat(schema.rows("""
                        SELECT effective_from, title, category, audience, audience_category, audience_role,
                               due_within_days, renewal_months, grace_days, warning_days, source, last_event_index
                        FROM training_requirement_version ORDER BY effective_from"""))
                .containsExactly("2025-09-01 | First aid | FIRST_AID_AT_WORK | ROLE | null | FIRST_AIDER | 30 | 36 | "
                                + "14 | 30 | HSE first aid guidance | " + (amended - 1),
                        "2026-01-01 | First aid at work | FIRST_AID_AT_WORK | ROLE | null | FIRST_AIDER | 30 | 24 | "
                                + "14 | 60 | HSE first aid guidance | " + amended);
    }

    @Test
    void eachCompletionIsSupersededByTheSamePersonsNextOneWhateverTheOrderTheyWereRecordedIn() {
        schema.apply(projection, completed("2021-09-01", "C-1"));
        schema.apply(projection, completed("2025-09-01", "C-3"));
        // a late certificate, between the two
        schema.apply(projection, completed("2023-09-01", "C-2"));

        assertThat(schema.rows("""
                        SELECT completed_on, provider, certificate_reference, superseded_on FROM training_completion
                        WHERE staff_id = ? AND requirement_id = ? ORDER BY completed_on""", asha.value(),
                firstAid.value()))
                .containsExactly("2021-09-01 | St John Ambulance | C-1 | 2023-09-01",
                        "2023-09-01 | St John Ambulance | C-2 | 2025-09-01",
                        "2025-09-01 | St John Ambulance | C-3 | null");
    }

    @Test
    void anExemptionFromTheSameDayReplacesTheOneBefore() {
        schema.apply(projection, new ExemptedFromTraining(new TrainingRecordId(UUID.randomUUID()), asha, school,
                firstAid, PersonalText.of("On leave"), new ExemptionPeriod(LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 12, 31))));
        long extended = schema.apply(projection, new ExemptedFromTraining(new TrainingRecordId(UUID.randomUUID()),
                asha, school, firstAid, PersonalText.of("Leave extended"), new ExemptionPeriod(
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 31))));

        assertThat(schema.rows("""
                        SELECT staff_id, requirement_id, exempt_from, exempt_until, last_event_index
                        FROM training_exemption"""))
                .containsExactly(asha + " | " + firstAid + " | 2025-09-01 | 2026-03-31 | " + extended);
    }
}
