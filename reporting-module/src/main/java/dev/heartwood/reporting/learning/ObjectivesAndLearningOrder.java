package dev.heartwood.reporting.learning;

import dev.heartwood.reporting.api.ObjectivesAndLearningRow;
import dev.heartwood.reporting.api.ObjectivesAndLearningSort;

import java.math.BigDecimal;
import java.util.Comparator;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

/** How each {@link ObjectivesAndLearningSort} orders the report's rows, ending on the year and the priority id. */
final class ObjectivesAndLearningOrder {

    private static final Comparator<ObjectivesAndLearningRow> YEAR = comparing(ObjectivesAndLearningRow::academicYear);
    private static final Comparator<ObjectivesAndLearningRow> WHOLE_YEAR_FIRST =
            comparing(row -> row.priorityId() != null);
    private static final Comparator<ObjectivesAndLearningRow> TITLE = comparing(ObjectivesAndLearningRow::priorityTitle,
            nullsFirst(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.<String>naturalOrder())));
    private static final Comparator<ObjectivesAndLearningRow> PRIORITY_ID =
            comparing(ObjectivesAndLearningRow::priorityId, nullsFirst(naturalOrder()));

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
        return order.thenComparing(YEAR).thenComparing(PRIORITY_ID);
    }
}
