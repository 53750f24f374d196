package dev.heartwood.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heartwood.infra.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
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
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;

/**
 * Every endpoint needs a signed-in caller except the health probe, which shows details only to one. Callers sign
 * in with a bearer token from the school's identity provider when {@code heartwood.security.oidc.issuer} is set,
 * otherwise in the local mode with HTTP Basic against the configured users. What each may then see and do is the
 * {@link AccessInterceptor}'s to decide. Sessions are not kept, so there is no CSRF to guard.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    private final AccessInterceptor access;

    SecurityConfiguration(AccessInterceptor access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(access);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json, SecurityProperties properties,
                                            Environment environment) throws Exception {
        String challenge = properties.singleSignOn() ? "Bearer" : "Basic realm=\"Heartwood\"";
        AuthenticationEntryPoint signIn = (request, response, failure) -> problem(response, json,
                HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in to use Heartwood", challenge);
        if (properties.singleSignOn()) {
            http.oauth2ResourceServer(tokens -> tokens
                    .authenticationEntryPoint(signIn)
                    .jwt(jwt -> jwt
                            .decoder(SingleSignOn.decoder(properties.oidc()))
                            .jwtAuthenticationConverter(SingleSignOn.authentication(properties))));
        } else {
            LocalModeGuard.check(environment, properties);
            http.httpBasic(basic -> basic.authenticationEntryPoint(signIn));
        }
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        // the accessibility statement and the pages' stylesheet and scripts, before signing in
                        .requestMatchers("/accessibility", "/assets/**", "/webjars/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(SignedIn.ADMINISTRATOR_ROLE)
                        .anyRequest().authenticated())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(signIn)
                        .accessDeniedHandler((request, response, denied) -> problem(response, json,
                                HttpStatus.FORBIDDEN, "forbidden", "Not allowed", null)))
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
