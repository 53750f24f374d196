package dev.heartwood.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heartwood.infra.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.time.Duration;

/**
 * Every endpoint needs a signed-in caller except the health probe, which shows details only to one. Callers sign
 * in with a bearer token from the school's identity provider when {@code heartwood.security.oidc.issuer} is set,
 * otherwise in the local mode with HTTP Basic against the configured users. What each may then see and do is the
 * {@link AccessInterceptor}'s to decide. Sessions are not kept, so there is no CSRF to guard. Failed sign-ins are
 * logged (never the credentials), and in the local mode repeated ones are throttled ({@link SignInThrottle}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    private final AccessInterceptor access;

    SecurityConfiguration(AccessInterceptor access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // the error page answers for whatever failed; it names no record and serves whoever got the error
        registry.addInterceptor(access).excludePathPatterns("/error");
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json, SecurityProperties properties,
                                            Environment environment) throws Exception {
        String challenge = properties.singleSignOn() ? "Bearer" : "Basic realm=\"Heartwood\"";
        AuthenticationEntryPoint signIn = (request, response, failure) -> {
            if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
                // never the credentials, nor who they named: the reason and where the attempt came from
                log.info("Sign-in failed from {}: {}", request.getRemoteAddr(), failure.getMessage());
            }
            problem(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in to use Heartwood", challenge);
        };
        if (properties.singleSignOn()) {
            http.oauth2ResourceServer(tokens -> tokens
                    .authenticationEntryPoint(signIn)
                    .jwt(jwt -> jwt
                            .decoder(SingleSignOn.decoder(properties.oidc()))
                            .jwtAuthenticationConverter(SingleSignOn.authentication(properties))));
        } else {
            LocalModeGuard.check(environment, properties);
            http.httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                    .addFilterBefore(new SignInThrottle((response, retryAfter) -> {
                        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
                        problem(response, json, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-attempts",
                                "Too many failed sign-ins; try again later", null);
                    }), BasicAuthenticationFilter.class);
        }
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        // the accessibility statement and the pages' stylesheet and scripts, before signing in
                        .requestMatchers("/accessibility", "/assets/**", "/webjars/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(SignedIn.ADMINISTRATOR_ROLE)
                        // the API's description, for those who set Heartwood up and connect other systems to it
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .hasRole(SignedIn.ADMINISTRATOR_ROLE)
                        .anyRequest().authenticated())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(signIn)
                        .accessDeniedHandler((request, response, denied) -> problem(response, json,
                                HttpStatus.FORBIDDEN, "forbidden", "Not allowed", null)))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
                        .addHeaderWriter(ContentSecurity.policies()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                .build();
    }

    /**
     * The firewall refuses an address it finds suspicious (an encoded slash or dot segment, a percent sign, a NUL)
     * before anything else sees it; the caller gets a problem document rather than a bare error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return (request, response, rejected) -> problem(response, json, HttpStatus.BAD_REQUEST, "malformed-request",
                "The request's address is not acceptable", null);
    }

    /** The local mode's users; with single sign-on no one signs in with a password (and Spring invents no one). */
    @Bean
    UserDetailsService configuredUsers(SecurityProperties properties) {
        if (properties.singleSignOn()) {
            return username -> {
                throw new UsernameNotFoundException("single sign-on only");
            };
        }
        return new ConfiguredUsers(properties, PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String code,
                                String detail, String challenge) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        json.writeValue(response.getOutputStream(), Problems.of(status, code, detail));
    }
}
