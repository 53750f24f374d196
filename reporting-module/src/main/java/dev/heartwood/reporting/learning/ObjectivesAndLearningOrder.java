package dev.heartwood.reporting.learning;

import dev.heartwood.reporting.api.ObjectivesAndLearningRow;
import dev.heartwood.reporting.api.ObjectivesAndLearningSort;

import java.math.BigDecimal;
import java.util.Comparator;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

/**
 * How each {@link ObjectivesAndLearningSort} orders the report's rows, ending on the year, the priority id and the
 * standard. A priority's row is named by its title, a standard's by its code.
 */
final class ObjectivesAndLearningOrder {

    private static final Comparator<ObjectivesAndLearningRow> YEAR = comparing(ObjectivesAndLearningRow::academicYear);
    private static final Comparator<ObjectivesAndLearningRow> WHOLE_YEAR_FIRST =
            comparing(row -> row.priorityId() != null || row.standard() != null);
    private static final Comparator<ObjectivesAndLearningRow> TITLE = comparing(
            row -> row.priorityTitle() != null ? row.priorityTitle() : row.standard(),
            nullsFirst(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.<String>naturalOrder())));
    private static final Comparator<ObjectivesAndLearningRow> PRIORITY_ID =
            comparing(ObjectivesAndLearningRow::priorityId, nullsFirst(naturalOrder()));
    private static final Comparator<ObjectivesAndLearningRow> STANDARD =
            comparing(ObjectivesAndLearningRow::standard, nullsFirst(naturalOrder()));

    private ObjectivesAndLearningOrder() {
    }

    static Comparator<ObjectivesAndLearningRow> of(ObjectivesAndLearningSort sort) {
        Comparator<ObjectivesAndLearningRow> order = switch (sort) {
            case YEAR -> YEAR.thenComparing(WHOLE_YEAR_FIRST).thenComparing(TITLE);
            case PRIORITY -> WHOLE_YEAR_FIRST.thenComparing(TITLE);
            case LINKED_HOURS -> YEAR.thenComparing(WHOLE_YEAR_FIRST)
                    .thenComparing(ObjectivesAndLearningRow::linkedHours, Comparator.<BigDecimal>reverseOrder())
                    .thenComparing(TITLE);
        };
        return order.thenComparing(YEAR).thenComparing(PRIORITY_ID).thenComparing(STANDARD);
    }
}
