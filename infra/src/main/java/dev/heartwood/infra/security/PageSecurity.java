package dev.heartwood.infra.security;

import dev.heartwood.infra.security.SignInThrottle.AttemptedUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The web pages: a person signs in once and the browser keeps a session, so every form carries a CSRF token (htmx
 * sends it in a header). With single sign-on configured for the pages ({@code heartwood.security.oidc.client-id})
 * they sign in through OpenID Connect with the same issuer the API trusts; in the local mode with the sign-in form,
 * throttled as the API's Basic sign-in is. Only the sign-in page, the accessibility statement and the assets are
 * open before signing in; what a signed-in person may then see is the same access policy's as for the API.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

    static final String SIGN_IN = "/login";
    static final String SIGN_OUT = "/sign-out";

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, SecurityProperties properties, SignInThrottle throttle)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(SIGN_IN, "/accessibility", "/assets/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .anyRequest().authenticated())
                .headers(SecurityConfiguration.headers())
                .logout(signOut -> signOut.logoutUrl(SIGN_OUT).logoutSuccessUrl(SIGN_IN + "?signed-out"));
        if (!properties.singleSignOn()) {
            http.formLogin(form -> form.loginPage(SIGN_IN).failureUrl(SIGN_IN + "?failed"))
                    .addFilterBefore(throttle.guarding(AttemptedUser.form(SIGN_IN), (request, response) ->
                                    response.sendRedirect(request.getContextPath() + SIGN_IN + "?throttled")),
                            UsernamePasswordAuthenticationFilter.class);
        } else if (properties.oidc().pagesSignIn()) {
            http.oauth2Login(login -> login
                    .loginPage(SIGN_IN)
                    .failureUrl(SIGN_IN + "?failed")
                    .clientRegistrationRepository(PageSignIn.registrations(properties.oidc()))
                    .userInfoEndpoint(user -> user.oidcUserService(PageSignIn.people(properties))));
        } else {
            // the API's tokens work, but no client is registered for the pages: the sign-in page says so
            http.exceptionHandling(handling -> handling
                    .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN)));
        }
        return http.build();
    }
}
