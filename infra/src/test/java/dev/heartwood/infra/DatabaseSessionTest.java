package dev.heartwood.infra;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every connection the application takes bounds how long a statement, or a wait for a lock, may last. */
@HeartwoodIntegrationTest
class DatabaseSessionTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everySessionHasAStatementTimeoutAndALockTimeout() {
        assertThat(jdbc.sql("SHOW statement_timeout").query(String.class).single()).isEqualTo("1min");
        assertThat(jdbc.sql("SHOW lock_timeout").query(String.class).single()).isEqualTo("10s");
    }
}
