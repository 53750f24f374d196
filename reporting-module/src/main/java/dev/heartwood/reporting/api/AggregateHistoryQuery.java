package dev.heartwood.reporting.history;

/** Asks for every event of one aggregate; answered with an optional {@link AggregateHistoryView}. */
public record AggregateHistoryQuery(String aggregateId) {
}
