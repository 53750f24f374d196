package dev.heartwood.reporting.api.admin;

import java.util.List;

/**
 * What a retry of parked events did.
 *
 * @param applied     the sequences now applied and gone from the queue
 * @param stillParked the sequences that failed again (or another node is retrying just now) and stay parked
 */
public record Retried(List<String> applied, List<String> stillParked) {
}
