package dev.heartwood.web.report;

import dev.heartwood.reporting.api.ComplianceSummaryRow;
import dev.heartwood.reporting.api.CpdSpendRow;
import dev.heartwood.reporting.api.SchoolCompletionRow;
import dev.heartwood.reporting.api.SchoolObjectivesRow;
import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * A line of the trust overview, for one school or the whole trust, as its table shows it and its CSV writes it: this
 * year's appraisals, completed and late; the staff's mandatory training today; the hours and spend of the learning
 * completed this year; this year's objectives, and those with learning linked to them. Each figure is added up from
 * the rows of the report it comes from, grouped by school.
 *
 * @param name           the school's name, or "Trust total" on the trust's line
 * @param shareCompliant of every requirement's people today, the share whose completion is valid, from 0 to 1 to three
 *                       places as the compliance summary gives it; none when no requirement applies to anyone
 * @param trainingOverdue people never trained in a requirement whose due date has passed, counted once per requirement
 */
public record SchoolFigures(String name, long appraisalsCompleted, long appraisals, long appraisalsLate,
                            @Nullable BigDecimal shareCompliant, long trainingOverdue, BigDecimal cpdHours,
                            BigDecimal cpdSpend, long objectivesWithLinkedLearning, long objectivesSet) {

    /** The figures of the rows of one school, or of every school of the trust. */
    static SchoolFigures of(String name, List<SchoolCompletionRow> appraisals, List<ComplianceSummaryRow> training,
                            List<CpdSpendRow> cpd, List<SchoolObjectivesRow> learning) {
        long appliesTo = training.stream().mapToLong(ComplianceSummaryRow::appliesTo).sum();
        long compliant = training.stream().mapToLong(ComplianceSummaryRow::compliant).sum();
        return new SchoolFigures(name, appraisals.stream().mapToLong(SchoolCompletionRow::completed).sum(),
                appraisals.stream().mapToLong(SchoolCompletionRow::appraisals).sum(),
                appraisals.stream().mapToLong(SchoolCompletionRow::late).sum(),
                appliesTo == 0 ? null
                        : BigDecimal.valueOf(compliant).divide(BigDecimal.valueOf(appliesTo), 3, RoundingMode.HALF_UP),
                training.stream().mapToLong(ComplianceSummaryRow::overdue).sum(),
                sum(cpd, CpdSpendRow::completedHours), sum(cpd, CpdSpendRow::completedCost),
                learning.stream().mapToLong(SchoolObjectivesRow::objectivesWithLinkedLearning).sum(),
                learning.stream().mapToLong(SchoolObjectivesRow::objectivesSet).sum());
    }

    private static <R> BigDecimal sum(List<R> rows, Function<R, BigDecimal> figure) {
        return rows.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
