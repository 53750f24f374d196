package dev.heartwood.learning.training;

import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.learning.api.AmendTrainingRequirement;
import dev.heartwood.learning.api.DefineTrainingRequirement;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.TrainingAudience;
import dev.heartwood.learning.api.TrainingCategory;
import dev.heartwood.learning.api.TrainingRequirementAmended;
import dev.heartwood.learning.api.TrainingRequirementDefined;
import dev.heartwood.learning.api.TrainingRequirementWithdrawn;
import dev.heartwood.learning.api.WithdrawTrainingRequirement;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static dev.heartwood.learning.api.TrainingErrorCode.CHANGE_BEFORE_CURRENT_VERSION;
import static dev.heartwood.learning.api.TrainingErrorCode.REQUIREMENT_WITHDRAWN;
import static dev.heartwood.learning.api.TrainingErrorCode.SCHOOL_NOT_FOUND;
import static dev.heartwood.learning.api.TrainingErrorCode.TRUST_NOT_FOUND;
import static dev.heartwood.learning.api.TrainingErrorCode.WARNING_PERIOD_INVALID;
import static dev.heartwood.testing.Refusals.refusedWith;

class TrainingRequirementTest {

    private static final LocalDate SEPTEMBER_2025 = LocalDate.of(2025, 9, 1);
    private static final LocalDate SEPTEMBER_2026 = LocalDate.of(2026, 9, 1);
    private static final RequirementTerms DSL_EVERY_TWO_YEARS = new RequirementTerms("DSL training",
            TrainingCategory.DSL_TRAINING, TrainingAudience.holding(StaffRole.DSL), 30, 24, 0, 30, "KCSIE 2025");
    private static final RequirementTerms DSL_EVERY_YEAR = new RequirementTerms("DSL training",
            TrainingCategory.DSL_TRAINING, TrainingAudience.holding(StaffRole.DSL), 30, 12, 0, 30, "Trust policy 2026");

    private final AggregateTestFixture<TrainingRequirement> fixture =
            new AggregateTestFixture<>(TrainingRequirement.class);
    private final KnownTrainingFacts facts = new KnownTrainingFacts();
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final TrustId riverTrust = new TrustId(UUID.randomUUID());
    private final RequirementId dslTraining = new RequirementId(UUID.randomUUID());

    TrainingRequirementTest() {
        fixture.registerInjectableResource(facts);
        facts.knowsSchool(oakfield, null).knowsTrust(riverTrust);
    }

    /** The DSL training every two years, due soon from {@code warningDays} before each renewal. */
    private static RequirementTerms dslWarning(int warningDays) {
        return new RequirementTerms("DSL training", TrainingCategory.DSL_TRAINING,
                TrainingAudience.holding(StaffRole.DSL), 30, 24, 0, warningDays, "KCSIE 2025");
    }

    private TrainingRequirementDefined oakfieldRequiresDslTraining() {
        return new TrainingRequirementDefined(dslTraining, oakfield, null, DSL_EVERY_TWO_YEARS, SEPTEMBER_2025);
    }

    @Test
    void aSchoolRequiresTrainingFromADate() {
        fixture.givenNoPriorActivity()
                .when(new DefineTrainingRequirement(dslTraining, oakfield, null, DSL_EVERY_TWO_YEARS, SEPTEMBER_2025))
                .expectEvents(oakfieldRequiresDslTraining());
    }

    @Test
    void aTrustRequiresTrainingInAllItsSchools() {
        fixture.givenNoPriorActivity()
                .when(new DefineTrainingRequirement(dslTraining, null, riverTrust, DSL_EVERY_TWO_YEARS, SEPTEMBER_2025))
                .expectEvents(new TrainingRequirementDefined(dslTraining, null, riverTrust, DSL_EVERY_TWO_YEARS,
                        SEPTEMBER_2025));
    }

    @Test
    void refusesARequirementForAnUnknownSchool() {
        fixture.givenNoPriorActivity()
                .when(new DefineTrainingRequirement(dslTraining, new SchoolId(UUID.randomUUID()), null,
                        DSL_EVERY_TWO_YEARS, SEPTEMBER_2025))
                .expectNoEvents()
                .expectException(refusedWith(SCHOOL_NOT_FOUND));
    }

    @Test
    void refusesARequirementForAnUnknownTrust() {
        fixture.givenNoPriorActivity()
                .when(new DefineTrainingRequirement(dslTraining, null, new TrustId(UUID.randomUUID()),
                        DSL_EVERY_TWO_YEARS, SEPTEMBER_2025))
                .expectNoEvents()
                .expectException(refusedWith(TRUST_NOT_FOUND));
    }

    @Test
    void isAmendedFromALaterDate() {
        fixture.given(oakfieldRequiresDslTraining())
                .when(new AmendTrainingRequirement(dslTraining, DSL_EVERY_YEAR, SEPTEMBER_2026))
                .expectEvents(new TrainingRequirementAmended(dslTraining, oakfield, null, DSL_EVERY_YEAR,
                        SEPTEMBER_2026));
    }

    @Test
    void theSameAmendmentAgainRecordsNothing() {
        fixture.given(oakfieldRequiresDslTraining(),
                        new TrainingRequirementAmended(dslTraining, oakfield, null, DSL_EVERY_YEAR, SEPTEMBER_2026))
                .when(new AmendTrainingRequirement(dslTraining, DSL_EVERY_YEAR, SEPTEMBER_2026))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAnAmendmentThatWouldRewriteTheVersionInForce() {
        fixture.given(oakfieldRequiresDslTraining())
                .when(new AmendTrainingRequirement(dslTraining, DSL_EVERY_YEAR, SEPTEMBER_2025))
                .expectNoEvents()
                .expectException(refusedWith(CHANGE_BEFORE_CURRENT_VERSION));
    }

    @Test
    void refusesAnAmendmentDatedBeforeTheLatestVersion() {
        fixture.given(oakfieldRequiresDslTraining(),
                        new TrainingRequirementAmended(dslTraining, oakfield, null, DSL_EVERY_YEAR, SEPTEMBER_2026))
                .when(new AmendTrainingRequirement(dslTraining, DSL_EVERY_TWO_YEARS, SEPTEMBER_2026.minusMonths(1)))
                .expectNoEvents()
                .expectException(refusedWith(CHANGE_BEFORE_CURRENT_VERSION));
    }

    @Test
    void isWithdrawnFromADate() {
        fixture.given(oakfieldRequiresDslTraining())
                .when(new WithdrawTrainingRequirement(dslTraining, SEPTEMBER_2026))
                .expectEvents(new TrainingRequirementWithdrawn(dslTraining, oakfield, null, SEPTEMBER_2026));
    }

    @Test
    void theSameWithdrawalAgainRecordsNothing() {
        fixture.given(oakfieldRequiresDslTraining(),
                        new TrainingRequirementWithdrawn(dslTraining, oakfield, null, SEPTEMBER_2026))
                .when(new WithdrawTrainingRequirement(dslTraining, SEPTEMBER_2026))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAWithdrawalBeforeTheVersionInForce() {
        fixture.given(oakfieldRequiresDslTraining())
                .when(new WithdrawTrainingRequirement(dslTraining, SEPTEMBER_2025.minusDays(1)))
                .expectNoEvents()
                .expectException(refusedWith(CHANGE_BEFORE_CURRENT_VERSION));
    }

    @Test
    void refusesAnotherWithdrawalDate() {
        fixture.given(oakfieldRequiresDslTraining(),
                        new TrainingRequirementWithdrawn(dslTraining, oakfield, null, SEPTEMBER_2026))
                .when(new WithdrawTrainingRequirement(dslTraining, SEPTEMBER_2026.plusDays(1)))
                .expectNoEvents()
                .expectException(refusedWith(REQUIREMENT_WITHDRAWN));
    }

    @Test
    void refusesToAmendAWithdrawnRequirement() {
        fixture.given(oakfieldRequiresDslTraining(),
                        new TrainingRequirementWithdrawn(dslTraining, oakfield, null, SEPTEMBER_2026))
                .when(new AmendTrainingRequirement(dslTraining, DSL_EVERY_YEAR, SEPTEMBER_2026.plusMonths(1)))
                .expectNoEvents()
                .expectException(refusedWith(REQUIREMENT_WITHDRAWN));
    }

    @Test
    void isDefinedWithAWarningPeriodOfItsOwn() {
        fixture.givenNoPriorActivity()
                .when(new DefineTrainingRequirement(dslTraining, oakfield, null, dslWarning(60), SEPTEMBER_2025))
                .expectEvents(new TrainingRequirementDefined(dslTraining, oakfield, null, dslWarning(60),
                        SEPTEMBER_2025));
    }

    @Test
    void anAmendmentChangesTheWarningPeriodFromItsDate() {
        fixture.given(oakfieldRequiresDslTraining())
                .when(new AmendTrainingRequirement(dslTraining, dslWarning(14), SEPTEMBER_2026))
                .expectEvents(new TrainingRequirementAmended(dslTraining, oakfield, null, dslWarning(14),
                        SEPTEMBER_2026));
    }

    @Test
    void refusesANegativeWarningPeriod() {
        fixture.givenNoPriorActivity()
                .when(new DefineTrainingRequirement(dslTraining, oakfield, null, dslWarning(-1), SEPTEMBER_2025))
                .expectNoEvents()
                .expectException(refusedWith(WARNING_PERIOD_INVALID));
    }

    @Test
    void refusesAWarningPeriodAsLongAsTheShortestRenewalPeriod() {
        // two years are 730 days at the shortest: a renewal warned 730 days ahead would be due soon when done
        fixture.given(oakfieldRequiresDslTraining())
                .when(new AmendTrainingRequirement(dslTraining, dslWarning(730), SEPTEMBER_2026))
                .expectNoEvents()
                .expectException(refusedWith(WARNING_PERIOD_INVALID));
        fixture.given(oakfieldRequiresDslTraining())
                .when(new AmendTrainingRequirement(dslTraining, dslWarning(729), SEPTEMBER_2026))
                .expectEvents(new TrainingRequirementAmended(dslTraining, oakfield, null, dslWarning(729),
                        SEPTEMBER_2026));
    }

    @Test
    void aRequirementNeverRenewedTakesAWarningLongerThanItsFirstDueDate() {
        RequirementTerms preventOnce = new RequirementTerms("Prevent", TrainingCategory.PREVENT,
                TrainingAudience.everyone(), 14, null, 0, 60, "Prevent duty guidance 2023");

        fixture.givenNoPriorActivity()
                .when(new DefineTrainingRequirement(dslTraining, oakfield, null, preventOnce, SEPTEMBER_2025))
                .expectEvents(new TrainingRequirementDefined(dslTraining, oakfield, null, preventOnce,
                        SEPTEMBER_2025));
    }
}
