package dev.heartwood.infra;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/**
 * A schema of a migration test's own, which Flyway takes to a version as an installation of an earlier release
 * would have it, so that the next migration can be checked on the data that installation holds. Its migrations are
 * the application's, from every module's location.
 */
record MigrationSchema(String name, DataSource dataSource, JdbcClient jdbc, FlywayProperties migrations) {

    void drop() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + name + " CASCADE").update();
    }

    void migrateTo(String version) {
        Flyway.configure().dataSource(dataSource).schemas(name)
                .locations(migrations.getLocations().toArray(String[]::new))
                .target(version).load().migrate();
    }
}
