package dev.heartwood.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * How people sign in to the pages, for the sign-in page to offer the right way: the local mode's form, the school's
 * identity provider, or, where single sign-on is set up for the API but no client is registered for the pages, a
 * word on what is missing. Templates read it as {@code @signInOptions}.
 */
@Component("signInOptions")
public class SignInOptions {

    private final boolean singleSignOn;
    private final boolean registered;

    SignInOptions(@Value("${heartwood.security.oidc.issuer:}") String issuer,
                  @Value("${heartwood.security.oidc.client-id:}") String clientId) {
        this.singleSignOn = StringUtils.hasText(issuer);
        this.registered = StringUtils.hasText(clientId);
    }

    public boolean withForm() {
        return !singleSignOn;
    }

    public boolean withIdentityProvider() {
        return singleSignOn && registered;
    }

    public boolean unavailable() {
        return singleSignOn && !registered;
    }
}
