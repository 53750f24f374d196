package dev.heartwood.reporting.api;

import java.util.Optional;
import java.util.UUID;

/**
 * An answer (or a row of a report page) that shows appraisal narrative: objectives, outcomes, notes, reasons. Every
 * read of such an answer is written to the access log, decided on what the answer is rather than on how its request
 * was addressed.
 */
public interface AppraisalNarrative {

    /** The appraisal it shows, when it says so itself; otherwise it shows the record its request names. */
    default Optional<UUID> narrativeOf() {
        return Optional.empty();
    }

    /** Whether it shows a pay recommendation's rationale to its reader, which the access log records as a read of pay. */
    default boolean showsPay() {
        return false;
    }
}
