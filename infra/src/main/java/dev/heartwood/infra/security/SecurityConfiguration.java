package dev.heartwood.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heartwood.infra.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;

/**
 * Every endpoint needs a signed-in caller except the health probe, which shows details only to one.
 * HTTP Basic against the configured users; sessions are not kept, so there is no CSRF to guard.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint signIn = (request, response, failure) ->
                problem(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in to use Heartwood");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/api/admin/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(signIn)
                        .accessDeniedHandler((request, response, denied) ->
                                problem(response, json, HttpStatus.FORBIDDEN, "forbidden", "Not allowed")))
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
                "The request's address is not acceptable");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ConfiguredUsers configuredUsers(SecurityProperties properties, PasswordEncoder encoder) {
        return new ConfiguredUsers(properties, encoder);
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String code,
                                String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Heartwood\"");
        }
        json.writeValue(response.getOutputStream(), Problems.of(status, code, detail));
    }
}
