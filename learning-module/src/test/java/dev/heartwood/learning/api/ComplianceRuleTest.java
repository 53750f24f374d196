package dev.heartwood.learning.api;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static dev.heartwood.learning.api.ComplianceStatus.COMPLIANT;
import static dev.heartwood.learning.api.ComplianceStatus.DUE_SOON;
import static dev.heartwood.learning.api.ComplianceStatus.EXEMPT;
import static dev.heartwood.learning.api.ComplianceStatus.EXPIRED;
import static dev.heartwood.learning.api.ComplianceStatus.NEVER_COMPLETED;
import static dev.heartwood.learning.api.ComplianceStatus.NOT_APPLICABLE;
import static dev.heartwood.learning.api.ComplianceStatus.OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;

class ComplianceRuleTest {

    private static final LocalDate SEPTEMBER_2025 = LocalDate.of(2025, 9, 1);
    private static final ComplianceRule RULE = new ComplianceRule();

    /** A teacher since 2020 who has never held a role. */
    private static final StaffHistory TEACHER_SINCE_2020 = new StaffHistory(LocalDate.of(2020, 9, 1), null,
            List.of(new StaffHistory.CategoryFrom(LocalDate.of(2020, 9, 1), StaffCategory.TEACHER)), List.of());

    private static RequirementTerms everyone(int dueWithinDays, Integer renewalMonths, int graceDays) {
        return everyone(dueWithinDays, renewalMonths, graceDays, RequirementTerms.DEFAULT_WARNING_DAYS);
    }

    private static RequirementTerms everyone(int dueWithinDays, Integer renewalMonths, int graceDays,
                                             int warningDays) {
        return new RequirementTerms("Safeguarding update", TrainingCategory.SAFEGUARDING_UPDATE,
                TrainingAudience.everyone(), dueWithinDays, renewalMonths, graceDays, warningDays, "KCSIE 2025");
    }

    private static RequirementHistory fromSeptember(RequirementTerms terms) {
        return new RequirementHistory(List.of(new RequirementVersion(SEPTEMBER_2025, terms)), null);
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    @Nested
    class NeverCompleted {

        /** In force from 1 September 2025 for a teacher who started long before: due by 31 October, a week's grace. */
        private final RequirementHistory requirement = fromSeptember(everyone(60, 12, 7));

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2025-09-01, NEVER_COMPLETED",
                "2025-09-30, NEVER_COMPLETED",
                "2025-10-01, DUE_SOON",
                "2025-10-31, DUE_SOON",
                "2025-11-07, DUE_SOON",
                "2025-11-08, OVERDUE",
                "2026-07-15, OVERDUE"})
        void isDueFromWhenItCameIntoForceForPeopleAlreadyOnTheStaff(LocalDate day, ComplianceStatus status) {
            Compliance compliance = RULE.on(day, requirement, TEACHER_SINCE_2020, List.of(), List.of());

            assertThat(compliance.status()).isEqualTo(status);
            assertThat(compliance.dueOn()).isEqualTo(day("2025-10-31"));
            assertThat(compliance.lastCompletedOn()).isNull();
        }

        @Test
        void isDueFromTheStartDateOfSomeoneWhoJoinsLater() {
            StaffHistory newStarter = new StaffHistory(day("2026-01-05"), null,
                    List.of(new StaffHistory.CategoryFrom(day("2026-01-05"), StaffCategory.SUPPORT_STAFF)), List.of());

            assertThat(RULE.on(day("2026-01-04"), requirement, newStarter, List.of(), List.of()).status())
                    .isEqualTo(NOT_APPLICABLE);
            assertThat(RULE.on(day("2026-01-05"), requirement, newStarter, List.of(), List.of()).dueOn())
                    .isEqualTo(day("2026-03-06"));
        }
    }

    @Nested
    class Completed {

        private final RequirementHistory requirement = fromSeptember(everyone(14, 12, 0));
        private final List<LocalDate> completedInSeptember = List.of(day("2025-09-10"));

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2025-09-10, COMPLIANT",
                "2026-08-10, COMPLIANT",
                "2026-08-11, DUE_SOON",
                "2026-09-10, DUE_SOON",
                "2026-09-11, EXPIRED",
                "2027-01-01, EXPIRED"})
        void mustBeRenewedByTheSameDayAYearLater(LocalDate day, ComplianceStatus status) {
            Compliance compliance = RULE.on(day, requirement, TEACHER_SINCE_2020, completedInSeptember, List.of());

            assertThat(compliance.status()).isEqualTo(status);
            assertThat(compliance.lastCompletedOn()).isEqualTo(day("2025-09-10"));
            assertThat(compliance.expiresOn()).isEqualTo(day("2026-09-10"));
        }

        @Test
        void aCompletionCountsOnlyFromTheDayItWasCompleted() {
            Compliance dayBefore = RULE.on(day("2025-09-09"), requirement, TEACHER_SINCE_2020, completedInSeptember,
                    List.of());

            assertThat(dayBefore.status()).isEqualTo(DUE_SOON);
            assertThat(dayBefore.lastCompletedOn()).isNull();
        }

        @Test
        void aRenewalStartsTheNextYear() {
            List<LocalDate> renewed = List.of(day("2025-09-10"), day("2026-09-20"));

            assertThat(RULE.on(day("2026-09-19"), requirement, TEACHER_SINCE_2020, renewed, List.of()).status())
                    .isEqualTo(EXPIRED);
            Compliance afterRenewal = RULE.on(day("2026-09-20"), requirement, TEACHER_SINCE_2020, renewed, List.of());
            assertThat(afterRenewal.status()).isEqualTo(COMPLIANT);
            assertThat(afterRenewal.expiresOn()).isEqualTo(day("2027-09-20"));
        }

        @Test
        void graceDaysKeepAnExpiringCompletionDueSoonBeforeItExpires() {
            RequirementHistory withGrace = fromSeptember(everyone(14, 12, 5));

            assertThat(RULE.on(day("2026-09-15"), withGrace, TEACHER_SINCE_2020, completedInSeptember, List.of())
                    .status()).isEqualTo(DUE_SOON);
            assertThat(RULE.on(day("2026-09-16"), withGrace, TEACHER_SINCE_2020, completedInSeptember, List.of())
                    .status()).isEqualTo(EXPIRED);
        }

        @Test
        void trainingDoneOnceNeverExpires() {
            RequirementHistory prevent = fromSeptember(everyone(14, null, 0));

            Compliance yearsLater = RULE.on(day("2035-01-01"), prevent, TEACHER_SINCE_2020, completedInSeptember,
                    List.of());

            assertThat(yearsLater).isEqualTo(new Compliance(COMPLIANT, day("2025-09-10"), null, null));
        }

        @Test
        void aRequirementCanWarnOtherThanThirtyDaysAhead() {
            RequirementHistory aWeek = fromSeptember(everyone(14, 12, 0, 7));

            assertThat(RULE.on(day("2026-09-02"), aWeek, TEACHER_SINCE_2020, completedInSeptember, List.of())
                    .status()).isEqualTo(COMPLIANT);
            assertThat(RULE.on(day("2026-09-03"), aWeek, TEACHER_SINCE_2020, completedInSeptember, List.of())
                    .status()).isEqualTo(DUE_SOON);
        }
    }

    @Nested
    class Exempt {

        private final RequirementHistory requirement = fromSeptember(everyone(14, 12, 0));
        private final List<ExemptionPeriod> springTerm =
                List.of(new ExemptionPeriod(day("2026-01-05"), day("2026-03-31")));

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2026-01-04, OVERDUE",
                "2026-01-05, EXEMPT",
                "2026-03-31, EXEMPT",
                "2026-04-01, OVERDUE"})
        void onlyWhileTheExemptionLasts(LocalDate day, ComplianceStatus status) {
            assertThat(RULE.on(day, requirement, TEACHER_SINCE_2020, List.of(), springTerm).status())
                    .isEqualTo(status);
        }
    }

    @Nested
    class Applicability {

        private final RequirementTerms forDsls = new RequirementTerms("DSL training", TrainingCategory.DSL_TRAINING,
                TrainingAudience.holding(StaffRole.DSL), 30, 24, 0, 30, "KCSIE 2025");

        /** Took on the DSL role on 5 January, gave it up on 1 March and took it back on 1 June. */
        private final StaffHistory dslOnAndOff = new StaffHistory(LocalDate.of(2020, 9, 1), null,
                TEACHER_SINCE_2020.categories(), List.of(
                new StaffHistory.RoleChange(day("2026-01-05"), StaffRole.DSL, true),
                new StaffHistory.RoleChange(day("2026-03-01"), StaffRole.DSL, false),
                new StaffHistory.RoleChange(day("2026-06-01"), StaffRole.DSL, true)));

        @ParameterizedTest(name = "on {0}: {1}, due {2}")
        @CsvSource({
                "2026-01-04, NOT_APPLICABLE,",
                "2026-01-05, DUE_SOON, 2026-02-04",
                "2026-02-04, DUE_SOON, 2026-02-04",
                "2026-02-05, OVERDUE, 2026-02-04",
                "2026-02-28, OVERDUE, 2026-02-04",
                "2026-03-01, NOT_APPLICABLE,",
                "2026-06-01, DUE_SOON, 2026-07-01",
                "2026-07-02, OVERDUE, 2026-07-01"})
        void aRoleRequirementRunsFromTheDayTheRoleIsGained(LocalDate day, ComplianceStatus status, LocalDate due) {
            Compliance compliance = RULE.on(day, fromSeptember(forDsls), dslOnAndOff, List.of(), List.of());

            assertThat(compliance.status()).isEqualTo(status);
            assertThat(compliance.dueOn()).isEqualTo(due);
        }

        @Test
        void aCategoryRequirementRunsFromTheDayTheCategoryWasTaken() {
            RequirementHistory saferRecruitment = fromSeptember(new RequirementTerms("Safer recruitment",
                    TrainingCategory.SAFER_RECRUITMENT, TrainingAudience.inCategory(StaffCategory.HEADTEACHER), 90,
                    null, 0, 30, "KCSIE 2025"));
            StaffHistory promoted = new StaffHistory(LocalDate.of(2020, 9, 1), null, List.of(
                    new StaffHistory.CategoryFrom(LocalDate.of(2020, 9, 1), StaffCategory.TEACHER),
                    new StaffHistory.CategoryFrom(day("2026-01-01"), StaffCategory.HEADTEACHER)), List.of());

            assertThat(RULE.on(day("2025-12-31"), saferRecruitment, promoted, List.of(), List.of()).status())
                    .isEqualTo(NOT_APPLICABLE);
            Compliance asHead = RULE.on(day("2026-01-01"), saferRecruitment, promoted, List.of(), List.of());
            assertThat(asHead.status()).isEqualTo(NEVER_COMPLETED);
            assertThat(asHead.dueOn()).isEqualTo(day("2026-04-01"));
        }

        @Test
        void nothingAppliesAfterAPersonsLastDay() {
            StaffHistory leaver = new StaffHistory(LocalDate.of(2020, 9, 1), day("2026-07-21"),
                    TEACHER_SINCE_2020.categories(), List.of());
            RequirementHistory requirement = fromSeptember(everyone(14, 12, 0));

            assertThat(RULE.on(day("2026-07-21"), requirement, leaver, List.of(), List.of()).status())
                    .isEqualTo(OVERDUE);
            assertThat(RULE.on(day("2026-07-22"), requirement, leaver, List.of(), List.of()).status())
                    .isEqualTo(NOT_APPLICABLE);
        }
    }

    @Nested
    class Versions {

        /** Renewed yearly until an amendment from 1 September 2026 made it every two years; withdrawn in 2028. */
        private final RequirementHistory requirement = new RequirementHistory(List.of(
                new RequirementVersion(day("2026-09-01"), everyone(14, 24, 0)),
                new RequirementVersion(SEPTEMBER_2025, everyone(14, 12, 0))), day("2028-09-01"));
        private final List<LocalDate> completed = List.of(day("2025-09-10"));

        @Test
        void eachDayIsJudgedByTheVersionInForceThen() {
            Compliance beforeAmendment = RULE.on(day("2026-08-31"), requirement, TEACHER_SINCE_2020, completed,
                    List.of());
            Compliance afterAmendment = RULE.on(day("2026-09-11"), requirement, TEACHER_SINCE_2020, completed,
                    List.of());

            assertThat(beforeAmendment.status()).isEqualTo(DUE_SOON);
            assertThat(beforeAmendment.expiresOn()).isEqualTo(day("2026-09-10"));
            assertThat(afterAmendment.status()).isEqualTo(COMPLIANT);
            assertThat(afterAmendment.expiresOn()).isEqualTo(day("2027-09-10"));
        }

        @Test
        void nothingAppliesBeforeItCameIntoForceOrFromItsWithdrawal() {
            assertThat(RULE.on(day("2025-08-31"), requirement, TEACHER_SINCE_2020, completed, List.of()).status())
                    .isEqualTo(NOT_APPLICABLE);
            assertThat(RULE.on(day("2028-08-31"), requirement, TEACHER_SINCE_2020, completed, List.of()).status())
                    .isEqualTo(EXPIRED);
            assertThat(RULE.on(day("2028-09-01"), requirement, TEACHER_SINCE_2020, completed, List.of()).status())
                    .isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void anAmendmentDoesNotMoveTheDueDateOfPeopleAlreadySubjectToIt() {
            Compliance never = RULE.on(day("2026-09-11"), requirement, TEACHER_SINCE_2020, List.of(), List.of());

            assertThat(never.dueOn()).isEqualTo(day("2025-09-15"));
            assertThat(never.status()).isEqualTo(OVERDUE);
        }
    }
}
