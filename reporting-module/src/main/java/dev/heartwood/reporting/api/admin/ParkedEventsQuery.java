package dev.heartwood.reporting.api.admin;

/**
 * Asks what each processor that parks events has parked; answered with a list of {@link ParkedEvents}, one for each
 * such processor, by name.
 */
public record ParkedEventsQuery() {
}
