package dev.heartwood.infra.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * The local mode (users and passwords from configuration, no identity provider) is for the embedded database and
 * the demo data. It refuses to start under the {@code production} profile, and on a database of one's own unless
 * that is said in so many words, so that it cannot be left on by accident where real records are kept.
 */
final class LocalModeGuard {

    private static final Logger log = LoggerFactory.getLogger(LocalModeGuard.class);

    private LocalModeGuard() {
    }

    static void check(Environment environment, SecurityProperties properties) {
        if (environment.acceptsProfiles(Profiles.of("production"))) {
            throw new IllegalStateException("The production profile needs single sign-on: set "
                    + "heartwood.security.oidc.issuer and heartwood.security.oidc.audience");
        }
        boolean externalDatabase = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        if (externalDatabase && !properties.localMode().allowedOnExternalDatabase()) {
            throw new IllegalStateException("SPRING_DATASOURCE_URL is set but single sign-on is not: set "
                    + "heartwood.security.oidc.issuer and heartwood.security.oidc.audience (or, for a test rig, "
                    + "heartwood.security.local-mode.allowed-on-external-database=true)");
        }
        log.warn("""

                ********************************************************************************
                  LOCAL MODE: callers sign in with the users and passwords in configuration,
                  without an identity provider. For trying Heartwood out and for tests only.
                ********************************************************************************""");
    }
}
