package dev.heartwood.infra.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

import java.util.List;
import java.util.Locale;

/**
 * How callers sign in: single sign-on when {@code oidc.issuer} is set, otherwise the local mode, with HTTP Basic
 * against the configured users (ADR 9).
 *
 * @param users          local mode's users: an administrator ({@code role: ADMINISTRATOR}), or a person who signs in
 *                       with the e-mail address a member of staff has; a password is either encoded
 *                       ({@code {bcrypt}...}) or plain (encoded at start-up), and one left out is made up and printed
 *                       once in the log
 * @param administrators with single sign-on, the values of the person claim that sign in as administrators
 * @param localMode      what must be said to run the local mode on a database of one's own
 */
@ConfigurationProperties("heartwood.security")
public record SecurityProperties(List<ConfiguredUser> users, Oidc oidc, List<String> administrators,
                                 LocalMode localMode) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        oidc = oidc == null ? new Oidc(null, null, null, null, null) : oidc;
        administrators = administrators == null ? List.of()
                : administrators.stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
        localMode = localMode == null ? new LocalMode(false) : localMode;
    }

    boolean singleSignOn() {
        return oidc.issuer() != null && !oidc.issuer().isBlank();
    }

    public record ConfiguredUser(String username, String password, String role) {
    }

    /**
     * @param issuer      the identity provider, for example {@code https://login.microsoftonline.com/<tenant>/v2.0}
     *                    or {@code https://accounts.google.com}; tokens from any other are refused
     * @param audience    the value a token's {@code aud} must contain (Heartwood's client or application id)
     * @param jwkSetUri   where the provider's signing keys are published; discovered from the issuer when not set
     * @param publicKey   an RSA public key (PEM) to verify tokens with instead of fetched keys
     * @param personClaim the claim matched to a member of staff's e-mail address ({@code email} unless set; Entra ID
     *                    tenants often use {@code preferred_username})
     */
    public record Oidc(String issuer, String audience, String jwkSetUri, Resource publicKey, String personClaim) {

        public Oidc {
            personClaim = personClaim == null || personClaim.isBlank() ? "email" : personClaim;
        }
    }

    /**
     * @param allowedOnExternalDatabase the local mode refuses to start on a database given by
     *                                  {@code SPRING_DATASOURCE_URL} unless this is set (a test rig's choice, never a
     *                                  school's); it never starts with the {@code production} profile
     */
    public record LocalMode(boolean allowedOnExternalDatabase) {
    }
}
