package dev.heartwood.infra.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local mode starts on the embedded database only, unless a test rig says otherwise, and never in production. */
class LocalModeGuardTest {

    private static final SecurityProperties LOCAL = new SecurityProperties(List.of(), null, List.of(), null);
    private static final SecurityProperties ALLOWED_ON_A_RIG = new SecurityProperties(List.of(), null, List.of(),
            new SecurityProperties.LocalMode(true));

    @Test
    void startsOnTheEmbeddedDatabase() {
        assertThatCode(() -> LocalModeGuard.check(new MockEnvironment(), LOCAL)).doesNotThrowAnyException();
    }

    @Test
    void refusesADatabaseOfOnesOwnUnlessARigSaysSo() {
        MockEnvironment external = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.school.example/heartwood");

        assertThatThrownBy(() -> LocalModeGuard.check(external, LOCAL))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("heartwood.security.oidc.issuer");
        assertThatCode(() -> LocalModeGuard.check(external, ALLOWED_ON_A_RIG)).doesNotThrowAnyException();
    }

    @Test
    void neverStartsUnderTheProductionProfile() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("production");

        assertThatThrownBy(() -> LocalModeGuard.check(production, ALLOWED_ON_A_RIG))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("production");
    }
}
