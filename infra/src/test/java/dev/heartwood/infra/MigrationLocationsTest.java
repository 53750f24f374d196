package dev.heartwood.infra;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway runs only the locations the application lists, each module's own (docs/ARCHITECTURE.md): a migration
 * anywhere else under {@code db/migration}, such as a new module's location not yet listed, would never run.
 */
class MigrationLocationsTest {

    private static final String MIGRATIONS = "db/migration/";

    private static List<String> locations() {
        YamlPropertiesFactoryBean configuration = new YamlPropertiesFactoryBean();
        configuration.setResources(new ClassPathResource("application.yml"));
        return new Binder(new MapConfigurationPropertySource(configuration.getObject()))
                .bind("spring.flyway.locations", Bindable.listOf(String.class)).get().stream()
                .map(location -> location.replaceFirst("^classpath:", "") + "/")
                .toList();
    }

    private static List<String> migrations() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql"))
                .map(MigrationLocationsTest::path)
                .toList();
    }

    private static String path(Resource migration) {
        try {
            String url = migration.getURL().toString();
            return url.substring(url.lastIndexOf(MIGRATIONS));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyMigrationOnTheClasspathIsInALocationTheApplicationRunsAndEveryLocationHasSome() throws IOException {
        List<String> locations = locations();
        List<String> migrations = migrations();

        assertThat(migrations).allSatisfy(migration -> assertThat(locations).anyMatch(migration::startsWith));
        assertThat(locations).allSatisfy(location -> assertThat(migrations).anyMatch(m -> m.startsWith(location)));
    }
}
