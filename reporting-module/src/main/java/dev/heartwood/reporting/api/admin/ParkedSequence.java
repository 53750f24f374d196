package dev.heartwood.reporting.api.admin;

import java.util.List;

/**
 * The events of one sequence (one aggregate: an appraisal, a member of staff...) that a processor has parked, in
 * order. The first failed; the others wait behind it, so that the read model never sees them out of order.
 *
 * @param size   how many events are parked
 * @param events the first of them, at most 10
 */
public record ParkedSequence(String sequenceId, long size, List<ParkedEvent> events) {
}
