package dev.heartwood.infra;

import dev.heartwood.reporting.query.RecordRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports read their rows into records by the columns' names, in any order, on PostgreSQL's own types. */
@HeartwoodIntegrationTest
class RecordRowsTest {

    record Row(UUID schoolId, String academicYear, long objectivesSet, int daysLate, Integer daysEarly,
               BigDecimal linkedHours, LocalDate completedOn, boolean signed) {
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachColumnGoesToTheComponentOfItsNameInCamelCase() {
        UUID school = UUID.randomUUID();

        List<Row> rows = jdbc.sql("""
                        SELECT true AS signed, date '2026-07-01' + n AS completed_on, 12.5 * n AS linked_hours,
                               NULL::int AS days_early, NULL::int AS days_late, sum(n) OVER () AS objectives_set,
                               '2025/26' AS academic_year, :school AS school_id
                        FROM generate_series(1, 2) n ORDER BY n""")
                .param("school", school)
                .query(RecordRows.of(Row.class))
                .list();

        assertThat(rows).containsExactly(
                new Row(school, "2025/26", 3, 0, null, new BigDecimal("12.5"), LocalDate.of(2026, 7, 2), true),
                new Row(school, "2025/26", 3, 0, null, new BigDecimal("25.0"), LocalDate.of(2026, 7, 3), true));
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> jdbc.sql("SELECT '2025/26' AS academic_year")
                .query(RecordRows.of(Row.class)).list())
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasMessageContaining("Row.schoolId");
    }
}
