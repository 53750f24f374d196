package dev.heartwood.reporting.api;

import java.math.BigDecimal;
import java.util.Comparator;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

/**
 * The orders the objectives and learning report can be read in. Each ends on the year and the priority id (none on
 * the whole year's row, which comes first), which together name one row, so that pages are stable.
 */
public enum ObjectivesAndLearningSort {
    /** year by year, each year's whole row first, then its priorities by title */
    YEAR(Rows.YEAR.thenComparing(Rows.WHOLE_YEAR_FIRST).thenComparing(Rows.TITLE)),
    /** the whole years' rows first, year by year, then the priorities by title, each title's years side by side */
    PRIORITY(Rows.WHOLE_YEAR_FIRST.thenComparing(Rows.TITLE)),
    /** year by year, each year's whole row first, then its priorities with the most linked hours first */
    LINKED_HOURS(Rows.YEAR.thenComparing(Rows.WHOLE_YEAR_FIRST)
            .thenComparing(ObjectivesAndLearningRow::linkedHours, Comparator.<BigDecimal>reverseOrder())
            .thenComparing(Rows.TITLE));

    private final Comparator<ObjectivesAndLearningRow> order;

    ObjectivesAndLearningSort(Comparator<ObjectivesAndLearningRow> order) {
        this.order = order.thenComparing(Rows.YEAR).thenComparing(Rows.PRIORITY_ID);
    }

    public Comparator<ObjectivesAndLearningRow> order() {
        return order;
    }

    /** Reads the request's {@code year}, {@code priority} or {@code linkedHours}. */
    public static ObjectivesAndLearningSort named(String name) {
        return switch (name) {
            case "year" -> YEAR;
            case "priority" -> PRIORITY;
            case "linkedHours" -> LINKED_HOURS;
            default -> throw new IllegalArgumentException("No objectives report is sorted by " + name);
        };
    }

    /** The parts the orders are made of, in a class of their own so that the constants can use them. */
    private static final class Rows {
        static final Comparator<ObjectivesAndLearningRow> YEAR = comparing(ObjectivesAndLearningRow::academicYear);
        static final Comparator<ObjectivesAndLearningRow> WHOLE_YEAR_FIRST =
                comparing(row -> row.priorityId() != null);
        static final Comparator<ObjectivesAndLearningRow> TITLE = comparing(ObjectivesAndLearningRow::priorityTitle,
                nullsFirst(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.<String>naturalOrder())));
        static final Comparator<ObjectivesAndLearningRow> PRIORITY_ID =
                comparing(ObjectivesAndLearningRow::priorityId, nullsFirst(naturalOrder()));
    }
}
