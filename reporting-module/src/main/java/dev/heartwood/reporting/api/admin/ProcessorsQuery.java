package dev.heartwood.reporting.api.admin;

/** Asks where every event processor stands, by name; answered with a list of {@link ProcessorStatus}. */
public record ProcessorsQuery() {
}
