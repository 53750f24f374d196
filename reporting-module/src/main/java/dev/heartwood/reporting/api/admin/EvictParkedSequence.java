package dev.heartwood.reporting.api.admin;

/** Gives up a parked sequence: its events are dropped and its read model never sees them until a rebuild. */
public record EvictParkedSequence(String processor, String sequenceId) {
}
