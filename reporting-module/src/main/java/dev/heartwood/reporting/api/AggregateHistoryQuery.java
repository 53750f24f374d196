package dev.heartwood.reporting.api;

/** Asks for every event of one aggregate; answered with an optional {@link AggregateHistoryView}. */
public record AggregateHistoryQuery(String aggregateId) {
}
