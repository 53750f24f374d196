package dev.heartwood.infra.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The pages' sign-in through OpenID Connect: Heartwood is registered with the identity provider as a client, and a
 * person's ID token names them as a bearer token does for the API ({@link SingleSignOn#signedIn}).
 */
final class PageSignIn {

    static final String REGISTRATION = "heartwood";

    private PageSignIn() {
    }

    /**
     * The client registration, read from the provider's discovery document on the first sign-in rather than at
     * start-up (the provider may be unreachable then), unless its endpoints are configured.
     */
    static ClientRegistrationRepository registrations(SecurityProperties.Oidc oidc) {
        AtomicReference<ClientRegistration> registration = new AtomicReference<>();
        return registrationId -> REGISTRATION.equals(registrationId)
                ? registration.updateAndGet(known -> known != null ? known : registration(oidc))
                : null;
    }

    private static ClientRegistration registration(SecurityProperties.Oidc oidc) {
        ClientRegistration.Builder builder = oidc.authorizationUri() != null
                ? ClientRegistration.withRegistrationId(REGISTRATION)
                        .issuerUri(oidc.issuer())
                        .authorizationUri(oidc.authorizationUri())
                        .tokenUri(oidc.tokenUri())
                        .jwkSetUri(oidc.jwkSetUri())
                        .userNameAttributeName("sub")
                : ClientRegistrations.fromIssuerLocation(oidc.issuer()).registrationId(REGISTRATION);
        return builder
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .build();
    }

    /** The person an ID token names, as the access policy knows callers. */
    static OAuth2UserService<OidcUserRequest, OidcUser> people(SecurityProperties properties) {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser user = provider.loadUser(request);
            SignedIn signedIn = SingleSignOn.signedIn(user.getClaims(), properties);
            return new OidcPerson(user, signedIn);
        };
    }

    /** A person signed in to the pages through OpenID Connect, and who they are to Heartwood. */
    static final class OidcPerson extends DefaultOidcUser {

        private final transient SignedIn signedIn;

        OidcPerson(OidcUser user, SignedIn signedIn) {
            super(SingleSignOn.authorities(signedIn), user.getIdToken(), user.getUserInfo(), "sub");
            this.signedIn = signedIn;
        }

        SignedIn signedIn() {
            return signedIn;
        }
    }
}
