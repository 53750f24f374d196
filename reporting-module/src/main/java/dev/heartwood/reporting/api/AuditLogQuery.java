package dev.heartwood.reporting.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Asks for a page of a school's (or a whole trust's) audit log, newest first; every filter may be left out.
 *
 * @param schoolId the school, or {@code null} when {@code trustId} asks for every school of a trust
 * @param kind     the event's name, such as {@code AppraisalReopened}
 */
public record AuditLogQuery(UUID schoolId, UUID trustId, Instant from, Instant to, String actorId, UUID staffId,
                            String kind, int page, int size) {
}
