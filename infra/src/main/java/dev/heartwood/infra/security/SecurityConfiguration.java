package dev.heartwood.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.heartwood.infra.demo.DemoSignIn;
import dev.heartwood.infra.web.Problems;
import dev.heartwood.infra.web.WebProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What the API's and the pages' security share ({@link ApiSecurity}, {@link PageSecurity}): the users of the local
 * mode, the headers every answer carries, the firewall's answer to a suspicious address, and the access policy
 * ({@link AccessInterceptor}) that decides what each signed-in caller may see and do once their sign-in is known.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    private final AccessInterceptor access;
    private final PageReads pageReads;
    private final Viewers viewers;

    SecurityConfiguration(AccessInterceptor access, PageReads pageReads, Viewers viewers) {
        this.access = access;
        this.pageReads = pageReads;
        this.viewers = viewers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // the error page answers for whatever failed; it names no record and serves whoever got the error
        registry.addInterceptor(access).excludePathPatterns("/error");
        registry.addInterceptor(pageReads).excludePathPatterns("/error", "/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(viewers);
    }

    /**
     * The firewall refuses an address it finds suspicious (an encoded slash or dot segment, a percent sign, a NUL)
     * before anything else sees it; the caller gets a problem document rather than a bare error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return (request, response, rejected) -> problem(response, json, WebProblem.MALFORMED_REQUEST,
                "The request's address is not acceptable", null);
    }

    /**
     * No spans or timers of Spring Security's own around each filter, sign-in and decision: nothing reads them, and
     * they cost more than the filters they measure. Requests are still timed ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The security rules' paths are matched as path patterns, as the controllers' are, rather than by asking Spring
     * MVC which handler would take the request: that lookup ran again for every matcher of every request.
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean requestMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * The local mode's users, and the demo's people when the demo is on; with single sign-on no one signs in with a
     * password (and Spring invents no one).
     */
    @Bean
    UserDetailsService configuredUsers(SecurityProperties properties, ObjectProvider<DemoSignIn> demo,
                                       JdbcClient jdbc, Clock clock, PasswordEncoder passwords) {
        if (properties.singleSignOn()) {
            return username -> {
                throw new UsernameNotFoundException("single sign-on only");
            };
        }
        return DemoUsers.besides(new ConfiguredUsers(properties, passwords), demo, jdbc, clock);
    }

    /**
     * Passwords hashed with bcrypt (or as configured), a repeated caller's checked once for a few minutes
     * ({@link RememberedPasswords}): HTTP Basic sends the password with every request.
     */
    @Bean
    static PasswordEncoder passwords() {
        return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Ticker.systemTicker());
    }

    /** No referrer leaves Heartwood, what may load is Heartwood's own, and behind a TLS proxy browsers keep to it. */
    static Customizer<HeadersConfigurer<HttpSecurity>> headers() {
        return headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                        .maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
                .addHeaderWriter(ContentSecurity.policies());
    }

    static void problem(HttpServletResponse response, ObjectMapper json, WebProblem problem, String detail,
                        String challenge) throws IOException {
        problem(response, json, problem.status(), problem.code(), detail, challenge);
    }

    static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String code,
                        String detail, String challenge) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        json.writeValue(response.getOutputStream(), Problems.of(status, code, detail));
    }
}
