package dev.heartwood.learning.training;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrainingRecordId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.learning.api.ExemptFromTraining;
import dev.heartwood.learning.api.ExemptedFromTraining;
import dev.heartwood.learning.api.ExemptionPeriod;
import dev.heartwood.learning.api.RecordTrainingCompletion;
import dev.heartwood.learning.api.TrainingCompleted;
import dev.heartwood.learning.api.TrainingRecords;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static dev.heartwood.learning.api.TrainingErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.learning.api.TrainingErrorCode.EXEMPTION_ENDS_BEFORE_IT_STARTS;
import static dev.heartwood.learning.api.TrainingErrorCode.REQUIREMENT_NOT_FOUND;
import static dev.heartwood.learning.api.TrainingErrorCode.STAFF_MEMBER_NOT_FOUND;
import static dev.heartwood.testing.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

class TrainingRecordTest {

    /** The last day of the summer half-term, 22 May 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 22);
    private static final PersonalText LONG_TERM_SICKNESS = PersonalText.of("Long-term sickness absence");

    private final AggregateTestFixture<TrainingRecord> fixture = new AggregateTestFixture<>(TrainingRecord.class);
    private final KnownTrainingFacts facts = new KnownTrainingFacts();
    private final TrustId riverTrust = new TrustId(UUID.randomUUID());
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final SchoolId elmside = new SchoolId(UUID.randomUUID());
    private final StaffId asha = new StaffId(UUID.randomUUID());
    private final TrainingRecordId ashasRecord = TrainingRecords.of(asha);
    private final RequirementId safeguarding = new RequirementId(UUID.randomUUID());
    private final RequirementId trustFireSafety = new RequirementId(UUID.randomUUID());
    private final RequirementId elmsideFirstAid = new RequirementId(UUID.randomUUID());

    TrainingRecordTest() {
        fixture.registerInjectableResource(facts);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-05-22T09:00:00Z"), ZoneOffset.UTC));
        facts.knowsTrust(riverTrust)
                .knowsSchool(oakfield, riverTrust)
                .knowsSchool(elmside, null)
                .knowsStaffMember(asha, oakfield)
                .knowsSchoolRequirement(safeguarding, oakfield)
                .knowsTrustRequirement(trustFireSafety, riverTrust)
                .knowsSchoolRequirement(elmsideFirstAid, elmside);
    }

    private RecordTrainingCompletion ashaCompletes(RequirementId requirementId, LocalDate completedOn) {
        return new RecordTrainingCompletion(asha, requirementId, completedOn, "NSPCC Learning", "NSPCC-2026-0417");
    }

    private TrainingCompleted ashaCompleted(RequirementId requirementId, LocalDate completedOn) {
        return new TrainingCompleted(ashasRecord, asha, oakfield, requirementId, completedOn, "NSPCC Learning",
                "NSPCC-2026-0417");
    }

    @Test
    void aPersonsRecordIsNotTheirStaffIdentifier() {
        assertThat(ashasRecord.value()).isNotEqualTo(asha.value()).isEqualTo(TrainingRecords.of(asha).value());
    }

    @Test
    void recordsTheFirstCompletionOfTheirSchoolsRequirement() {
        fixture.givenNoPriorActivity()
                .when(ashaCompletes(safeguarding, TODAY))
                .expectEvents(ashaCompleted(safeguarding, TODAY));
    }

    @Test
    void recordsACompletionOfTheirTrustsRequirementAndARenewal() {
        fixture.given(ashaCompleted(trustFireSafety, TODAY.minusYears(1)))
                .when(ashaCompletes(trustFireSafety, TODAY.minusDays(3)))
                .expectEvents(ashaCompleted(trustFireSafety, TODAY.minusDays(3)));
    }

    @Test
    void theSameCompletionAgainRecordsNothing() {
        fixture.given(ashaCompleted(safeguarding, TODAY))
                .when(ashaCompletes(safeguarding, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesACompletionDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(ashaCompletes(safeguarding, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(refusedWith(DATE_IN_THE_FUTURE));
    }

    @Test
    void refusesACompletionForAnUnknownPerson() {
        fixture.givenNoPriorActivity()
                .when(new RecordTrainingCompletion(new StaffId(UUID.randomUUID()), safeguarding, TODAY, "NSPCC", null))
                .expectNoEvents()
                .expectException(refusedWith(STAFF_MEMBER_NOT_FOUND));
    }

    @Test
    void refusesACompletionOfAnUnknownRequirement() {
        fixture.givenNoPriorActivity()
                .when(ashaCompletes(new RequirementId(UUID.randomUUID()), TODAY))
                .expectNoEvents()
                .expectException(refusedWith(REQUIREMENT_NOT_FOUND));
    }

    @Test
    void refusesACompletionOfAnotherSchoolsRequirement() {
        fixture.givenNoPriorActivity()
                .when(ashaCompletes(elmsideFirstAid, TODAY))
                .expectNoEvents()
                .expectException(refusedWith(REQUIREMENT_NOT_FOUND));
    }

    @Test
    void exemptsAPersonForAPeriod() {
        fixture.givenNoPriorActivity()
                .when(new ExemptFromTraining(asha, safeguarding, LONG_TERM_SICKNESS, TODAY, TODAY.plusMonths(3)))
                .expectEvents(new ExemptedFromTraining(ashasRecord, asha, oakfield, safeguarding, LONG_TERM_SICKNESS,
                        new ExemptionPeriod(TODAY, TODAY.plusMonths(3))));
    }

    @Test
    void theSameExemptionAgainRecordsNothing() {
        fixture.given(new ExemptedFromTraining(ashasRecord, asha, oakfield, safeguarding, LONG_TERM_SICKNESS,
                        new ExemptionPeriod(TODAY, TODAY.plusMonths(3))))
                .when(new ExemptFromTraining(asha, safeguarding, LONG_TERM_SICKNESS, TODAY, TODAY.plusMonths(3)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAnExemptionThatEndsBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(new ExemptFromTraining(asha, safeguarding, LONG_TERM_SICKNESS, TODAY, TODAY.minusDays(1)))
                .expectNoEvents()
                .expectException(refusedWith(EXEMPTION_ENDS_BEFORE_IT_STARTS));
    }

    @Test
    void refusesAnExemptionForAnUnknownPerson() {
        fixture.givenNoPriorActivity()
                .when(new ExemptFromTraining(new StaffId(UUID.randomUUID()), safeguarding, LONG_TERM_SICKNESS, TODAY,
                        TODAY.plusMonths(3)))
                .expectNoEvents()
                .expectException(refusedWith(STAFF_MEMBER_NOT_FOUND));
    }

    @Test
    void refusesAnExemptionFromAnotherSchoolsRequirement() {
        fixture.givenNoPriorActivity()
                .when(new ExemptFromTraining(asha, elmsideFirstAid, LONG_TERM_SICKNESS, TODAY, TODAY.plusMonths(3)))
                .expectNoEvents()
                .expectException(refusedWith(REQUIREMENT_NOT_FOUND));
    }
}
