package dev.heartwood.infra.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.util.Map;

/**
 * The embedded PostgreSQL that runs when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the database lives; kept across restarts
 * @param port          0 picks a free port at each start
 * @param clean         delete the data directory when the application stops (tests only)
 * @param durable       commits forced to disk ({@code fsync}) and pages written whole; off only for a database
 *                      thrown away afterwards (tests only)
 * @param settings      more server settings ({@code postgresql.conf} names), e.g. for {@code pg_stat_statements}
 */
@ConfigurationProperties("heartwood.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue("./data/postgres") Path dataDirectory,
                                         @DefaultValue("0") int port,
                                         @DefaultValue("false") boolean clean,
                                         @DefaultValue("true") boolean durable,
                                         Map<String, String> settings) {

    public EmbeddedPostgresProperties {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
