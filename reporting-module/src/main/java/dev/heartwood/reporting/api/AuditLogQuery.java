package dev.heartwood.reporting.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Asks for a page of a school's (or a whole trust's) audit log, newest first, with how many entries match up to
 * {@link #MOST_COUNTED}; every filter may be left out.
 *
 * @param schoolId the school, or {@code null} when {@code trustId} asks for every school of a trust
 * @param kind     the event's name, such as {@code AppraisalReopened}
 */
public record AuditLogQuery(UUID schoolId, UUID trustId, Instant from, Instant to, String actorId, UUID staffId,
                            String kind, int page, int size) {

    /**
     * The most entries the answer's {@code total} counts: when more match, it is one more than this. A trust's whole
     * log holds a million entries, which no one pages through and which took most of the answer's time to count;
     * the days and kind narrow it to what can be counted.
     */
    public static final int MOST_COUNTED = 10_000;
}
