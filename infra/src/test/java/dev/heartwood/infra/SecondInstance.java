package dev.heartwood.infra;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The application once more, in this JVM, on the tests' database: a second node. It claims event processor
 * segments under a name of its own, as a second process would; under the JVM's name, which the tests' context
 * uses, it would take that context's segments as its own and release them when it stops.
 */
final class SecondInstance {

    private SecondInstance() {
    }

    static ConfigurableApplicationContext on(DataSource dataSource, String... settings) {
        HikariDataSource database = (HikariDataSource) dataSource;
        // as the first instance connects: as the application's role, with its password
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(), "--server.port=0",
                "--heartwood.processing.node-name=second-instance"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(HeartwoodApplication.class).profiles("test")
                .run(arguments.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext instance) {
        return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
