package dev.heartwood.appraisal.cycle;

import dev.heartwood.appraisal.api.AppraisalCycleOpened;
import dev.heartwood.appraisal.api.CycleDeadlines;
import dev.heartwood.appraisal.api.OpenAppraisalCycle;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.appraisal.directory.KnownDirectory;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static dev.heartwood.testing.Refusals.refusedWith;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.CYCLE_ALREADY_OPEN;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.CYCLE_PERIOD_INVALID;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.DEADLINES_OUT_OF_ORDER;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_LIMIT_OUT_OF_RANGE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

class AppraisalCycleTest {

    private static final AcademicYear YEAR = AcademicYear.parse("2025/26");
    private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);
    private static final LocalDate AUGUST = LocalDate.of(2026, 8, 31);
    private static final Map<StaffCategory, StandardsFramework> FRAMEWORKS =
            Map.of(StaffCategory.TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011);

    private final AggregateTestFixture<AppraisalCycle> fixture = new AggregateTestFixture<>(AppraisalCycle.class);
    private final KnownDirectory directory = new KnownDirectory();
    private final KnownCycles cycles = new KnownCycles();
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final CycleId cycle = new CycleId(UUID.randomUUID());

    AppraisalCycleTest() {
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(cycles);
        directory.knowsSchool(oakfield);
    }

    private OpenAppraisalCycle open(LocalDate end, CycleDeadlines deadlines, int maxObjectives) {
        return new OpenAppraisalCycle(cycle, oakfield, YEAR, SEPTEMBER, end, deadlines, PayPolicy.NOT_PERFORMANCE_RELATED,
                FRAMEWORKS, maxObjectives);
    }

    @Test
    void theDefaultDeadlinesAreTheUsualOnesWithPayDecisionsByOctoberAndDecember() {
        CycleDeadlines deadlines = CycleDeadlines.defaultsFor(YEAR);

        assertThat(deadlines.objectivesBy()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(deadlines.midYearReviewBy()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(deadlines.finalReviewBy()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(deadlines.teacherPayDecisionBy()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(deadlines.headteacherPayDecisionBy()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void opensASchoolsCycleForTheYear() {
        fixture.givenNoPriorActivity()
                .when(open(AUGUST, CycleDeadlines.defaultsFor(YEAR), 5))
                .expectEvents(new AppraisalCycleOpened(cycle, oakfield, YEAR, SEPTEMBER, AUGUST,
                        CycleDeadlines.defaultsFor(YEAR), PayPolicy.NOT_PERFORMANCE_RELATED, FRAMEWORKS, 5));
    }

    @Test
    void refusesACycleForAnUnknownSchool() {
        directory.knowsSchool(oakfield);
        fixture.givenNoPriorActivity()
                .when(new OpenAppraisalCycle(cycle, new SchoolId(UUID.randomUUID()), YEAR, SEPTEMBER, AUGUST,
                        CycleDeadlines.defaultsFor(YEAR), PayPolicy.HYBRID, FRAMEWORKS, 5))
                .expectException(refusedWith(SCHOOL_NOT_FOUND));
    }

    @Test
    void refusesASecondCycleForTheSameSchoolAndYear() {
        cycles.knows(new CycleFacts(new CycleId(UUID.randomUUID()), oakfield, YEAR, PayPolicy.HYBRID, FRAMEWORKS, 5));

        fixture.givenNoPriorActivity()
                .when(open(AUGUST, CycleDeadlines.defaultsFor(YEAR), 5))
                .expectException(refusedWith(CYCLE_ALREADY_OPEN));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(open(SEPTEMBER.minusDays(1), CycleDeadlines.defaultsFor(YEAR), 5))
                .expectException(refusedWith(CYCLE_PERIOD_INVALID));
    }

    @Test
    void refusesDeadlinesOutOfOrder() {
        CycleDeadlines usual = CycleDeadlines.defaultsFor(YEAR);
        CycleDeadlines backwards = new CycleDeadlines(usual.finalReviewBy(), usual.midYearReviewBy(),
                usual.objectivesBy(), usual.teacherPayDecisionBy(), usual.headteacherPayDecisionBy());

        fixture.givenNoPriorActivity()
                .when(open(AUGUST, backwards, 5))
                .expectException(refusedWith(DEADLINES_OUT_OF_ORDER));
    }

    @Test
    void namesTheFirstDeadlineThatFallsBeforeTheOneItFollows() {
        CycleDeadlines usual = CycleDeadlines.defaultsFor(YEAR);
        LocalDate early = LocalDate.of(2025, 9, 2);

        assertThat(usual.firstOutOfOrder()).isEmpty();
        assertThat(new CycleDeadlines(usual.objectivesBy(), early, early, usual.teacherPayDecisionBy(),
                usual.headteacherPayDecisionBy()).firstOutOfOrder()).contains("midYearReviewBy");
        assertThat(new CycleDeadlines(usual.objectivesBy(), usual.midYearReviewBy(), usual.objectivesBy(),
                usual.teacherPayDecisionBy(), usual.headteacherPayDecisionBy()).firstOutOfOrder())
                .contains("finalReviewBy");
        assertThat(new CycleDeadlines(usual.objectivesBy(), usual.midYearReviewBy(), usual.finalReviewBy(),
                usual.midYearReviewBy(), usual.headteacherPayDecisionBy()).firstOutOfOrder())
                .contains("teacherPayDecisionBy");
        assertThat(new CycleDeadlines(usual.objectivesBy(), usual.midYearReviewBy(), usual.finalReviewBy(),
                usual.teacherPayDecisionBy(), usual.midYearReviewBy()).firstOutOfOrder())
                .contains("headteacherPayDecisionBy");
    }

    @Test
    void aCycleLeftToItsDefaultsRunsSeptemberToAugustWithTheUsualDeadlinesStandardsAndFiveObjectives() {
        OpenAppraisalCycle usual = OpenAppraisalCycle.withDefaults(cycle, oakfield, YEAR, null, null, null,
                PayPolicy.HYBRID, Map.of(StaffCategory.SUPPORT_STAFF, StandardsFramework.TEACHERS_STANDARDS_2011),
                null);

        assertThat(usual).isEqualTo(new OpenAppraisalCycle(cycle, oakfield, YEAR, SEPTEMBER, AUGUST,
                CycleDeadlines.defaultsFor(YEAR), PayPolicy.HYBRID, Map.of(
                        StaffCategory.TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011,
                        StaffCategory.HEADTEACHER, StandardsFramework.HEADTEACHERS_STANDARDS_2020,
                        StaffCategory.SUPPORT_STAFF, StandardsFramework.TEACHERS_STANDARDS_2011), 5));
    }

    @Test
    void refusesAnObjectiveLimitOfNoneOrMoreThanTen() {
        fixture.givenNoPriorActivity()
                .when(open(AUGUST, CycleDeadlines.defaultsFor(YEAR), 0))
                .expectException(refusedWith(OBJECTIVE_LIMIT_OUT_OF_RANGE));
        fixture.givenNoPriorActivity()
                .when(open(AUGUST, CycleDeadlines.defaultsFor(YEAR), 11))
                .expectException(refusedWith(OBJECTIVE_LIMIT_OUT_OF_RANGE));
    }
}
