package dev.heartwood.web.report;

import dev.heartwood.reporting.api.ObjectivesAndLearningRow;
import dev.heartwood.web.learning.LearningWords;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The charts of objectives and learning: a school's, a trust's or a person's years, and a year's standards. */
@Component
class ObjectivesAndLearningCharts {

    private final LearningWords words;

    ObjectivesAndLearningCharts(LearningWords words) {
        this.words = words;
    }

    /** The whole years' rows: the objectives set each year, and those with linked learning. */
    BarChart objectives(List<ObjectivesAndLearningRow> years) {
        List<BarChart.Figures> figures = objectiveFigures(years, ObjectivesAndLearningRow::academicYear, "set");
        return BarChart.of("objectives-chart", "Objectives set each year, and those with linked learning",
                description(figures), "Objectives set", "With linked learning", figures);
    }

    /** The whole years' rows: the hours of learning linked to the objectives, and its spend. */
    BarChart hours(List<ObjectivesAndLearningRow> years) {
        List<BarChart.Figures> figures = years.stream().map(row -> new BarChart.Figures(row.academicYear(),
                row.linkedHours(), row.linkedHours(),
                "%s: %s hours of linked learning, costing %s".formatted(row.academicYear(),
                        words.number(row.linkedHours()), words.money(row.linkedCost())),
                words.number(row.linkedHours()) + " h")).toList();
        return BarChart.of("hours-chart", "Hours of learning linked to objectives each year", description(figures),
                "Linked hours", null, figures);
    }

    /** One year's standards' rows: the objectives serving each standard, and those with linked learning. */
    BarChart standards(String academicYear, List<ObjectivesAndLearningRow> standards) {
        List<BarChart.Figures> figures = objectiveFigures(standards, ObjectivesAndLearningRow::standard,
                "serving it");
        return BarChart.of("standards-chart", "Objectives serving each standard in " + academicYear
                        + ", and those with linked learning", description(figures), "Objectives serving it",
                "With linked learning", figures);
    }

    private static List<BarChart.Figures> objectiveFigures(List<ObjectivesAndLearningRow> rows,
                                                           Function<ObjectivesAndLearningRow, String> group,
                                                           String set) {
        return rows.stream().map(row -> new BarChart.Figures(group.apply(row),
                BigDecimal.valueOf(row.objectivesSet()), BigDecimal.valueOf(row.objectivesWithLinkedLearning()),
                "%s: %d %s %s, %d with linked learning".formatted(group.apply(row), row.objectivesSet(),
                        row.objectivesSet() == 1 ? "objective" : "objectives", set,
                        row.objectivesWithLinkedLearning()),
                row.objectivesWithLinkedLearning() + " of " + row.objectivesSet())).toList();
    }

    private static String description(List<BarChart.Figures> figures) {
        return figures.stream().map(BarChart.Figures::name).collect(Collectors.joining(". ", "", "."));
    }
}
