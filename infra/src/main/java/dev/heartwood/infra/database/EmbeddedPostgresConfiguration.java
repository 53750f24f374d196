package dev.heartwood.infra.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import java.io.IOException;

import static dev.heartwood.infra.database.DatabaseRole.APPLICATION;
import static dev.heartwood.infra.database.DatabaseRole.OWNER;
import static dev.heartwood.infra.database.DatabaseRole.SUPERUSER;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} (or
 * {@code SPRING_DATASOURCE_URL}) is set, so a newcomer runs Heartwood on a real PostgreSQL with one command.
 * The server stops when the application context closes (Ctrl-C or SIGTERM), after everything that uses it.
 * The application connects as a role that cannot change the record, Flyway as the role that owns it (ADR 11).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgresProperties properties) throws IOException {
        EmbeddedDatabase database = EmbeddedDatabase.start(EmbeddedDatabase.server(properties), properties);
        log.info("Embedded PostgreSQL in {} at {}; the passwords of its roles are in {} there",
                properties.dataDirectory().toAbsolutePath(), database.jdbcUrl(APPLICATION),
                DatabasePasswords.FILE_NAME);
        return database;
    }

    /** The server itself; the database above stops it, after everything that uses it. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabase database) {
        return database.server();
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl(APPLICATION));
        dataSource.setUsername(APPLICATION.roleName());
        dataSource.setPassword(database.password(APPLICATION));
        return dataSource;
    }

    @Bean
    FlywayConfigurationCustomizer migrationsAsTheOwner(EmbeddedDatabase database) {
        return configuration -> configuration.dataSource(database.dataSource(OWNER));
    }

    @Bean
    FlywayMigrationStrategy migrateThenHandOutTheTables(EmbeddedDatabase database) {
        return flyway -> {
            TableOwnership ownership = new TableOwnership(database.dataSource(SUPERUSER));
            String history = flyway.getConfiguration().getTable();
            ownership.handOut(history);
            flyway.migrate();
            ownership.handOut(history);
        };
    }

    static class NoDatasourceUrl extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))
                    ? ConditionOutcome.noMatch("spring.datasource.url is set")
                    : ConditionOutcome.match("no spring.datasource.url");
        }
    }
}
