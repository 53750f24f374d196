package dev.heartwood.infra;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

/**
 * Heartwood in a context of its own, apart from the shared one, on the embedded PostgreSQL in a data directory the
 * test gives and keeps, so that it can be started again on it.
 */
final class OwnDataDirectory {

    private OwnDataDirectory() {
    }

    static ConfigurableApplicationContext started(Path dataDirectory) {
        return new SpringApplicationBuilder(HeartwoodApplication.class)
                .profiles("test")
                .run("--heartwood.embedded-postgres.data-directory=" + dataDirectory,
                        "--heartwood.embedded-postgres.clean=false", "--server.port=0");
    }

    /** The administrator's client of a context started here. */
    static Api api(ConfigurableApplicationContext context) {
        return Api.administrator(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }
}
