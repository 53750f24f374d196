package dev.heartwood.infra.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} (or
 * {@code SPRING_DATASOURCE_URL}) is set, so a newcomer runs Heartwood on a real PostgreSQL with one command.
 * The server stops when the application context closes (Ctrl-C or SIGTERM), after everything that uses it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Files.createDirectories(properties.dataDirectory());
        // zonky turns these off for speed; the default database must neither lose acknowledged commits nor be
        // left unreadable by a power cut, so they are on unless a throwaway database (the tests') says otherwise
        String durable = properties.durable() ? "on" : "off";
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(properties.clean())
                .setPort(properties.port())
                // Spring closes it in order on shutdown; a hook of its own could stop it under running processors
                .setRegisterShutdownHook(false)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", durable)
                .setServerConfig("full_page_writes", durable)
                .start();
        log.info("Embedded PostgreSQL in {} at {}", properties.dataDirectory().toAbsolutePath(),
                postgres.getJdbcUrl("postgres", "postgres"));
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        return dataSource;
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
