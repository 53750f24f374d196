package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of the access log, as HR reads it: who read what of whose record, when, and by which request.
 *
 * @param kind     {@code APPRAISAL_NARRATIVE}, {@code PAY} or {@code SUBJECT_ACCESS_EXPORT}
 * @param staffId  whose record was read; none for an audit log, which is about many people
 * @param schoolId none for a trust's audit log
 */
public record AccessLogRow(OffsetDateTime readAt, UUID readerId, String readerRole, String kind, UUID recordId,
                           @Nullable UUID staffId, @Nullable UUID schoolId, String request) {
}
