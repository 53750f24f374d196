package dev.heartwood.infra.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;

/** A bearer token that passed every check, and who it says signed in. */
class SignedInToken extends AbstractAuthenticationToken {

    private final transient Jwt token;
    private final transient SignedIn signedIn;

    SignedInToken(Jwt token, SignedIn signedIn, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.token = token;
        this.signedIn = signedIn;
        setAuthenticated(true);
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public SignedIn getPrincipal() {
        return signedIn;
    }

    /** Not the subject or the address: Spring writes the name into its own log lines. */
    @Override
    public String getName() {
        return signedIn.administrator() ? SignedIn.ADMINISTRATOR_ROLE : "a signed-in person";
    }
}
