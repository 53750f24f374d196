package dev.heartwood.infra;

import dev.heartwood.reporting.Appends;
import dev.heartwood.reporting.api.rebuild.RebuildTransactions;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows a projection appends: at once when applied live, in one batch at the end of a rebuild's batch of events. */
@HeartwoodIntegrationTest
class AppendsTest {

    private static final String ROW = "INSERT INTO appends_probe (line) VALUES (:line)";
    private static final String COUNT = "SELECT count(*) FROM appends_probe";

    @Autowired
    Appends appends;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void probe() {
        jdbc.sql("CREATE TABLE appends_probe (line INTEGER NOT NULL)").update();
    }

    @AfterEach
    void dropProbe() {
        jdbc.sql("DROP TABLE appends_probe").update();
    }

    private long rowsInTheBatch(TransactionManager batchTransactions) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        batch.attachTransaction(batchTransactions);
        appends.add(ROW, new MapSqlParameterSource("line", 1));
        appends.add(ROW, new MapSqlParameterSource("line", 2));
        long seen = jdbc.sql(COUNT).query(Long.class).single();
        batch.commit();
        return seen;
    }

    @Test
    void aLiveProjectionsRowsAreWrittenAtOnce() {
        assertThat(rowsInTheBatch(transactions)).isEqualTo(2);
        assertThat(jdbc.sql(COUNT).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aRebuildsRowsWaitForTheEndOfTheBatchAndAreAllWrittenThen() {
        assertThat(rowsInTheBatch(RebuildTransactions.of(transactions))).isZero();
        assertThat(jdbc.sql("SELECT line FROM appends_probe ORDER BY line").query(Integer.class).list())
                .containsExactly(1, 2);
    }
}
