package dev.heartwood.reporting.api.admin;

/** Tries a parked sequence of a processor again, in order, until an event fails; answered with {@link Retried}. */
public record RetryParkedSequence(String processor, String sequenceId) {
}
