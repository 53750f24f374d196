package dev.heartwood.web.report;

import dev.heartwood.learning.api.TrainingCategory;
import dev.heartwood.reporting.api.ComplianceSummaryRow;
import dev.heartwood.reporting.api.CpdSpendRow;
import dev.heartwood.reporting.api.SchoolCompletionRow;
import dev.heartwood.reporting.api.SchoolObjectivesRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolFiguresTest {

    private static final UUID SCHOOL = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static SchoolCompletionRow appraisals(long all, long completed, long late) {
        return new SchoolCompletionRow(SCHOOL, all, completed, late);
    }

    private static ComplianceSummaryRow requirement(int appliesTo, int compliant, int overdue) {
        return new ComplianceSummaryRow(SCHOOL, "Oakfield Primary", UUID.randomUUID(), "Prevent duty awareness",
                TrainingCategory.PREVENT, appliesTo, compliant, 0, overdue, BigDecimal.ZERO, 0, 0, 0);
    }

    private static CpdSpendRow learning(String hours, String cost) {
        return new CpdSpendRow("2025/26", "SCHOOL", SCHOOL.toString(), "Oakfield Primary", 1, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(hours), new BigDecimal(cost),
                BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static SchoolObjectivesRow objectives(long set, long withLearning) {
        return new SchoolObjectivesRow(SCHOOL, set, withLearning);
    }

    @Test
    void addsUpTheAppraisalsOfEachSchool() {
        SchoolFigures figures = SchoolFigures.of("Trust total", List.of(appraisals(4, 2, 2), appraisals(3, 0, 1)),
                List.of(), List.of(), List.of());

        assertThat(figures.appraisals()).isEqualTo(7);
        assertThat(figures.appraisalsCompleted()).isEqualTo(2);
        assertThat(figures.appraisalsLate()).isEqualTo(3);
    }

    @Test
    void weighsTheShareCompliantByThePeopleEachRequirementAppliesTo() {
        SchoolFigures figures = SchoolFigures.of("Oakfield Primary", List.of(),
                List.of(requirement(4, 4, 0), requirement(2, 0, 2), requirement(1, 0, 0)), List.of(), List.of());

        // 4 of 7, not the mean of 100%, 0% and 0%
        assertThat(figures.shareCompliant()).isEqualByComparingTo("0.571");
        assertThat(figures.trainingOverdue()).isEqualTo(2);
    }

    @Test
    void hasNoShareWhereNoRequirementApplies() {
        SchoolFigures figures = SchoolFigures.of("Oakfield Primary", List.of(), List.of(), List.of(), List.of());

        assertThat(figures.shareCompliant()).isNull();
        assertThat(figures.cpdHours()).isEqualByComparingTo("0");
        assertThat(figures.objectivesSet()).isZero();
    }

    @Test
    void addsUpTheLearningCompletedAndTheObjectivesOfEachSchool() {
        SchoolFigures figures = SchoolFigures.of("Trust total", List.of(), List.of(),
                List.of(learning("6", "180"), learning("3.5", "0")), List.of(objectives(3, 2), objectives(4, 1)));

        assertThat(figures.cpdHours()).isEqualByComparingTo("9.5");
        assertThat(figures.cpdSpend()).isEqualByComparingTo("180");
        assertThat(figures.objectivesSet()).isEqualTo(7);
        assertThat(figures.objectivesWithLinkedLearning()).isEqualTo(3);
    }
}
