package dev.heartwood.web.report;

import dev.heartwood.reporting.api.AuditLogQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogCountTest {

    @Test
    void entriesUpToWhatTheLogCountsAreCountedAndBeyondThemOnlySaidToBeMore() {
        assertThat(AuditLogPage.counted(42)).isEqualTo("42");
        assertThat(AuditLogPage.counted(AuditLogQuery.MOST_COUNTED)).isEqualTo("10000");
        assertThat(AuditLogPage.counted(AuditLogQuery.MOST_COUNTED + 1)).isEqualTo("more than 10,000");
    }
}
