package dev.heartwood.reporting.audit;

import dev.heartwood.reporting.ProjectionSchema;
import dev.heartwood.reporting.api.AuditLogQuery;
import dev.heartwood.reporting.api.Freshness;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.query.EventStreamHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class AuditLogCountTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final EventStreamHead head = mock(EventStreamHead.class);
    private final AuditLogQueries queries = new AuditLogQueries(schema.jdbc(), head);
    private final UUID school = UUID.randomUUID();

    AuditLogCountTest() {
        when(head.freshness(anyLong(), anyString())).thenReturn(new Freshness(0, 0, 0));
    }

    /** The school's log as the projection writes it, {@code entries} a minute apart from the first of 2026. */
    private void logged(int entries) {
        schema.jdbc().sql("""
                        INSERT INTO audit_log (global_index, event_id, occurred_at, kind, school_id)
                        SELECT n, 'event ' || n, TIMESTAMPTZ '2026-01-01 00:00Z' + n * INTERVAL '1 minute',
                               'ObjectiveSet', ?
                        FROM generate_series(1, ?) n""")
                .params(school, entries).update();
    }

    private ReportPage<?> page(Instant from) {
        return queries.handle(new AuditLogQuery(school, null, from, null, null, null, null, 0, 100));
    }

    @Test
    void everyMatchingEntryIsCountedUpToTheMostTheLogCounts() {
        logged(AuditLogQuery.MOST_COUNTED);

        assertThat(page(null).total()).isEqualTo(AuditLogQuery.MOST_COUNTED);
    }

    @Test
    void beyondTheMostCountedTheTotalSaysOnlyThatThereAreMore() {
        logged(AuditLogQuery.MOST_COUNTED + 500);

        ReportPage<?> page = page(null);
        assertThat(page.total()).isEqualTo(AuditLogQuery.MOST_COUNTED + 1);
        assertThat(page.rows()).hasSize(100);
        // the last 20 minutes of the log are counted in full
        assertThat(page(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * (AuditLogQuery.MOST_COUNTED + 481)))
                .total()).isEqualTo(20);
    }
}
