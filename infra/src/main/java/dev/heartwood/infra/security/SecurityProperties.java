package dev.heartwood.infra.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

import dev.heartwood.kernel.EmailAddresses;

import java.time.Duration;
import java.util.List;

/**
 * How callers sign in: single sign-on when {@code oidc.issuer} is set, otherwise the local mode, with HTTP Basic
 * against the configured users (ADR 9).
 *
 * @param users          local mode's users: an administrator ({@code role: ADMINISTRATOR}), or a person who signs in
 *                       with the e-mail address a member of staff has; a password is either encoded
 *                       ({@code {bcrypt}...}) or plain (encoded at start-up), and one left out is made up and printed
 *                       once in the log
 * @param administrators with single sign-on, the verified addresses that sign in as administrators
 * @param localMode      what must be said to run the local mode on a database of one's own
 */
@ConfigurationProperties("heartwood.security")
public record SecurityProperties(List<ConfiguredUser> users, Oidc oidc, List<String> administrators,
                                 LocalMode localMode) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        oidc = oidc == null ? new Oidc(null, null, null, null, null, null, false, null, null, null, null) : oidc;
        administrators = administrators == null ? List.of()
                : administrators.stream().map(EmailAddresses::folded).toList();
        localMode = localMode == null ? new LocalMode(false) : localMode;
    }

    boolean singleSignOn() {
        return oidc.issuer() != null && !oidc.issuer().isBlank();
    }

    /** The issuer of the identities people sign in with: the identity provider, or the local mode. */
    String signInIssuer() {
        return singleSignOn() ? oidc.issuer() : SignedIn.LOCAL_ISSUER;
    }

    public record ConfiguredUser(String username, String password, String role) {
    }

    /**
     * @param issuer      the identity provider, for example {@code https://login.microsoftonline.com/<tenant>/v2.0}
     *                    or {@code https://accounts.google.com}; tokens from any other are refused
     * @param audience    the value a token's {@code aud} must contain (Heartwood's client or application id)
     * @param jwkSetUri   where the provider's signing keys are published; discovered from the issuer when not set
     * @param publicKey   an RSA public key (PEM) to verify tokens with instead of fetched keys
     * @param personClaim the claim holding the person's e-mail address, with which a first sign-in finds their staff
     *                    record ({@code email} unless set; Entra ID tenants often use {@code preferred_username})
     * @param maxTokenLifetime the longest a token may be valid for, from issue to expiry (12 hours unless set)
     * @param addressesVerifiedByIssuer whether the issuer checks every address it puts in a token, so that one
     *                    without {@code email_verified} counts as verified (an Entra ID tenant whose addresses its
     *                    administrators set); otherwise only {@code email_verified: true} makes an address count
     * @param clientId    Heartwood's client id with the provider, for the pages' sign-in (OpenID Connect's
     *                    authorization code flow); without it the pages cannot be signed in to with single sign-on
     * @param clientSecret its secret
     * @param authorizationUri the provider's authorization endpoint, with {@code tokenUri} and {@code jwkSetUri}, where
     *                    its discovery document cannot be read (otherwise they are discovered)
     * @param tokenUri    the provider's token endpoint
     */
    public record Oidc(String issuer, String audience, String jwkSetUri, Resource publicKey, String personClaim,
                       Duration maxTokenLifetime, boolean addressesVerifiedByIssuer, String clientId,
                       String clientSecret, String authorizationUri, String tokenUri) {

        public Oidc {
            personClaim = personClaim == null || personClaim.isBlank() ? "email" : personClaim;
            maxTokenLifetime = maxTokenLifetime == null ? Duration.ofHours(12) : maxTokenLifetime;
        }

        boolean pagesSignIn() {
            return clientId != null && !clientId.isBlank();
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
