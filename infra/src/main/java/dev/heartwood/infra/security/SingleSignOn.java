package dev.heartwood.infra.security;

import dev.heartwood.appraisal.api.SignInIdentity;
import dev.heartwood.kernel.EmailAddresses;
import dev.heartwood.kernel.PersonalText;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Bearer tokens from the school's identity provider (Microsoft Entra ID, Google Workspace...): signed by the
 * configured issuer, for Heartwood's audience, in date, with an expiry no further off than the configured lifetime.
 * The provider's stable subject names the caller ({@code oid} where Entra ID gives one, {@code sub} otherwise); the
 * person claim's address counts only where the provider vouches for it ({@code email_verified} exactly {@code true}).
 */
final class SingleSignOn {

    /** Entra ID's immutable object id of a person, the same for every application of the tenant. */
    private static final String ENTRA_OBJECT_ID = "oid";
    private static final String EMAIL_VERIFIED = "email_verified";

    private SingleSignOn() {
    }

    static JwtDecoder decoder(SecurityProperties.Oidc oidc) {
        if (oidc.audience() == null || oidc.audience().isBlank()) {
            throw new IllegalStateException("heartwood.security.oidc.audience is needed with an issuer: a token "
                    + "meant for another application must not open Heartwood");
        }
        NimbusJwtDecoder decoder;
        if (oidc.publicKey() != null) {
            decoder = NimbusJwtDecoder.withPublicKey(rsaPublicKey(oidc)).build();
        } else if (oidc.jwkSetUri() != null && !oidc.jwkSetUri().isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri()).build();
        } else {
            // the provider's discovery document is read on the first token, not at start-up
            decoder = NimbusJwtDecoder.withIssuerLocation(oidc.issuer()).build();
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(oidc.issuer()),
                claim(token -> token.getAudience() != null && token.getAudience().contains(oidc.audience()),
                        "the token is not meant for Heartwood"),
                claim(token -> token.getExpiresAt() != null, "the token has no expiry"),
                // a token without an expiry is refused by the rule above; this one measures those that have one
                claim(token -> token.getExpiresAt() == null
                                || lifetime(token).compareTo(oidc.maxTokenLifetime()) <= 0,
                        "the token is valid for longer than Heartwood accepts"),
                claim(token -> subjectOf(token.getClaims()).filter(subject -> !subject.isBlank()
                        && !EmailAddresses.hasControlCharacters(subject)).isPresent(),
                        "the token does not name the person"),
                // Google says whether it checked the address; anything but a plain true is not a yes
                claim(token -> !token.hasClaim(EMAIL_VERIFIED)
                        || Boolean.TRUE.equals(token.getClaims().get(EMAIL_VERIFIED)),
                        "the e-mail address is not verified"),
                claim(token -> !token.hasClaim(oidc.personClaim())
                        || token.getClaims().get(oidc.personClaim()) instanceof String address
                        && !EmailAddresses.hasControlCharacters(address),
                        "the e-mail address is not acceptable")));
        return decoder;
    }

    /** The caller the token names; an administrator when its verified address is one of theirs. */
    static Converter<Jwt, AbstractAuthenticationToken> authentication(SecurityProperties properties) {
        return token -> {
            SignedIn signedIn = signedIn(token.getClaims(), properties);
            return new SignedInToken(token, signedIn, authorities(signedIn));
        };
    }

    /** Who a token's (or an ID token's) claims name, once the token has passed every check. */
    static SignedIn signedIn(Map<String, Object> claims, SecurityProperties properties) {
        Optional<String> address = verifiedAddress(claims, properties.oidc());
        boolean administrator = address.filter(properties.administrators()::contains).isPresent();
        String subject = subjectOf(claims).orElseThrow();
        return new SignedIn(new SignInIdentity(properties.oidc().issuer(), PersonalText.of(subject)), address,
                administrator, address.orElse(subject));
    }

    static List<GrantedAuthority> authorities(SignedIn signedIn) {
        return signedIn.administrator()
                ? List.of(new SimpleGrantedAuthority("ROLE_" + SignedIn.ADMINISTRATOR_ROLE))
                : List.of();
    }

    private static Optional<String> subjectOf(Map<String, Object> claims) {
        return Optional.ofNullable(claims.get(ENTRA_OBJECT_ID))
                .or(() -> Optional.ofNullable(claims.get(JwtClaimNames.SUB)))
                .map(String::valueOf);
    }

    /**
     * The person claim's address, folded, when the provider vouches for it: {@code email_verified} is {@code true},
     * or the token does not say and the installation has said that this issuer checks every address it puts in one.
     */
    private static Optional<String> verifiedAddress(Map<String, Object> claims, SecurityProperties.Oidc oidc) {
        boolean vouched = Boolean.TRUE.equals(claims.get(EMAIL_VERIFIED))
                || !claims.containsKey(EMAIL_VERIFIED) && oidc.addressesVerifiedByIssuer();
        return vouched && claims.get(oidc.personClaim()) instanceof String address
                ? Optional.of(EmailAddresses.folded(address))
                : Optional.empty();
    }

    /**
     * From issue, or from now if that is earlier, to expiry. Spring fills a missing {@code iat} with a second before
     * the expiry, and a token issued "in the future" must not stretch its own lifetime either. Now is the real time, as
     * for Spring's own check of the expiry: a token's validity is not a school's business date.
     */
    private static Duration lifetime(Jwt token) {
        Instant now = Instant.now();
        Instant from = token.getIssuedAt() != null && token.getIssuedAt().isBefore(now) ? token.getIssuedAt() : now;
        return Duration.between(from, token.getExpiresAt());
    }

    private static OAuth2TokenValidator<Jwt> claim(Predicate<Jwt> test, String description) {
        OAuth2Error error = new OAuth2Error("invalid_token", description, null);
        return token -> test.test(token) ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(error);
    }

    /** Spring Security's own reader of a PEM public key (or certificate), for a provider without published keys. */
    private static RSAPublicKey rsaPublicKey(SecurityProperties.Oidc oidc) {
        try (InputStream in = oidc.publicKey().getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("heartwood.security.oidc.public-key cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("heartwood.security.oidc.public-key is not an RSA public key (PEM)", e);
        }
    }
}
