package dev.heartwood.infra.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
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
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Bearer tokens from the school's identity provider (Microsoft Entra ID, Google Workspace...): signed by the
 * configured issuer, for Heartwood's audience, in date; the person claim names the caller.
 */
final class SingleSignOn {

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
                claim(JwtClaimNames.AUD, token -> token.getAudience() != null
                        && token.getAudience().contains(oidc.audience()), "the token is not meant for Heartwood"),
                claim(oidc.personClaim(), token -> token.hasClaim(oidc.personClaim()),
                        "the token does not name the person"),
                // Google says whether it checked the address; an unchecked one names no one
                claim("email_verified", token -> !Boolean.FALSE.equals(token.getClaim("email_verified")),
                        "the e-mail address is not verified")));
        return decoder;
    }

    /** The caller named by the person claim; an administrator when the claim's value is one of theirs. */
    static Converter<Jwt, AbstractAuthenticationToken> authentication(SecurityProperties properties) {
        return token -> {
            String name = token.getClaimAsString(properties.oidc().personClaim()).trim();
            List<GrantedAuthority> authorities = properties.administrators().contains(name.toLowerCase(Locale.ROOT))
                    ? List.of(new SimpleGrantedAuthority("ROLE_" + SignedIn.ADMINISTRATOR_ROLE))
                    : List.of();
            return new JwtAuthenticationToken(token, authorities, name);
        };
    }

    private static OAuth2TokenValidator<Jwt> claim(String name, Predicate<Jwt> test,
                                                   String description) {
        OAuth2Error error = new OAuth2Error("invalid_token", description, null);
        return token -> test.test(token) ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(error);
    }

    private static RSAPublicKey rsaPublicKey(SecurityProperties.Oidc oidc) {
        try (InputStream in = oidc.publicKey().getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("heartwood.security.oidc.public-key cannot be read", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("heartwood.security.oidc.public-key is not an RSA public key (PEM)", e);
        }
    }
}
