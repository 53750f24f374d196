package dev.heartwood.infra.security;

import dev.heartwood.infra.web.CorrelationIdFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The append-only record of who read a pay recommendation or an appraisal's narrative, or exported everything held
 * about a person, and when. A line is written before the answer is, so a read that could not be logged is not given.
 */
@Component
class AccessLog {

    enum Kind {
        APPRAISAL_NARRATIVE,
        PAY,
        /** Everything held about a person, narrative and pay included, exported for them (UK GDPR, right of access). */
        SUBJECT_ACCESS_EXPORT
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void read(Kind kind, Caller reader, AccessedRecord record, String request) {
        read(List.of(kind), reader, record, request);
    }

    /** A line for each kind of reading in one statement: a page that shows narrative and pay commits once. */
    void read(List<Kind> kinds, Caller reader, AccessedRecord record, String request) {
        OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String correlationId = CorrelationIdFilter.current().orElse(null);
        List<Object> values = new ArrayList<>();
        kinds.forEach(kind -> values.addAll(Arrays.asList(at, reader.actorId(), reader.role(), kind.name(),
                record.id(), record.ownerId(), record.schoolId(), record.trustId(), request, correlationId)));
        jdbc.sql("""
                        INSERT INTO access_log (read_at, reader_id, reader_role, kind, record_id, staff_id, school_id,
                                                trust_id, request, correlation_id)
                        VALUES """ + String.join(", ", Collections.nCopies(kinds.size(),
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
                .params(values)
                .update();
    }
}
