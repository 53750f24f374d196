package dev.heartwood.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heartwood.infra.security.SignInThrottle.AttemptedUser;
import dev.heartwood.infra.web.WebProblem;
import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.cors.CorsConfigurationSource;

import static dev.heartwood.infra.security.SecurityConfiguration.problem;

/**
 * The JSON API, its description and the actuator. Every request signs in on its own: with a bearer token from the
 * school's identity provider when {@code heartwood.security.oidc.issuer} is set, otherwise in the local mode with HTTP
 * Basic against the configured users. Sessions are not kept, so there is no CSRF to guard. Every endpoint needs a
 * signed-in caller except the health probe, which shows details only to one. Failed sign-ins are logged (never the
 * credentials), and in the local mode repeated ones are throttled ({@link SignInThrottle}).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    /** Everything that is not a page. */
    static final String[] PATHS = {"/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/actuator/**", "/error"};

    /**
     * No origin but Heartwood's own is configured for CORS: a cross-origin request gets no CORS headers (said here
     * rather than looked for on each request's handler, where none is declared).
     */
    private static final CorsConfigurationSource NO_OTHER_ORIGIN = request -> null;

    private static final Logger log = LoggerFactory.getLogger(ApiSecurity.class);

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, SecurityProperties properties,
                                    SignInThrottle throttle, Environment environment) throws Exception {
        String challenge = properties.singleSignOn() ? "Bearer" : "Basic realm=\"Heartwood\"";
        AuthenticationEntryPoint signIn = (request, response, failure) -> {
            if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
                // never the credentials, nor who they named: the reason and where the attempt came from
                log.info("Sign-in failed from {}: {}", request.getRemoteAddr(), failure.getMessage());
            }
            problem(response, json, WebProblem.UNAUTHENTICATED, "Sign in to use Heartwood", challenge);
        };
        http.securityMatcher(PATHS);
        if (properties.singleSignOn()) {
            http.oauth2ResourceServer(tokens -> tokens
                    .authenticationEntryPoint(signIn)
                    .jwt(jwt -> jwt
                            .decoder(SingleSignOn.decoder(properties.oidc()))
                            .jwtAuthenticationConverter(SingleSignOn.authentication(properties))));
        } else {
            LocalModeGuard.check(environment, properties);
            http.httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                    .addFilterBefore(throttle.guarding(AttemptedUser.BASIC, (request, response) -> {
                        response.setHeader(HttpHeaders.RETRY_AFTER,
                                String.valueOf(SignInThrottle.WINDOW.toSeconds()));
                        problem(response, json, WebProblem.TOO_MANY_SIGN_IN_ATTEMPTS,
                                "Too many failed sign-ins; try again later", null);
                    }), BasicAuthenticationFilter.class);
        }
        return http
                .authorizeHttpRequests(requests -> requests
                        // an error is shown to whoever got it, a page's reader included (the API keeps no session)
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasRole(SignedIn.ADMINISTRATOR_ROLE)
                        // the API's description, for those who set Heartwood up and connect other systems to it
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .hasRole(SignedIn.ADMINISTRATOR_ROLE)
                        .anyRequest().authenticated())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(signIn)
                        .accessDeniedHandler((request, response, denied) -> problem(response, json,
                                HttpStatus.FORBIDDEN, AccessErrorCode.FORBIDDEN.code(), "Not allowed", null)))
                .headers(SecurityConfiguration.headers())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .cors(cors -> cors.configurationSource(NO_OTHER_ORIGIN))
                .build();
    }
}
