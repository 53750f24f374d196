package dev.heartwood.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.heartwood.kernel.EmailAddresses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local mode's defence against guessed passwords, for HTTP Basic and the sign-in form alike: after
 * {@link #FAILURES_PER_USER} failed sign-ins for one user name, or {@link #FAILURES_PER_ADDRESS} from one network
 * address, within {@link #WINDOW}, further attempts are refused without checking the password, until the window has
 * passed since the last failure. A sign-in that succeeds clears its user name's count; the address's count stays, so
 * one address cannot try user after user. Failures are counted from Spring Security's authentication events.
 */
@Component
class SignInThrottle {

    static final int FAILURES_PER_USER = 5;
    static final int FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW)
            .maximumSize(100_000)
            .build();

    /** Writes the answer to an attempt refused without a try. */
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    /** A filter that refuses attempts, for a chain whose sign-in reads the user name from where {@code user} looks. */
    OncePerRequestFilter guarding(AttemptedUser user, Refusal refusal) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                Optional<String> attempted = user.of(request);
                if (attempted.isPresent() && (count(userKey(attempted.get())) >= FAILURES_PER_USER
                        || count(addressKey(request.getRemoteAddr())) >= FAILURES_PER_ADDRESS)) {
                    log.warn("Sign-in refused without a try from {}: too many failed sign-ins for that user or "
                            + "address", request.getRemoteAddr());
                    refusal.refuse(request, response);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Where an attempt names its user: an HTTP Basic header, or the sign-in form's field. */
    interface AttemptedUser {
        Optional<String> of(HttpServletRequest request);

        AttemptedUser BASIC = request -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            try {
                String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = credentials.indexOf(':');
                return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        };

        static AttemptedUser form(String path) {
            return request -> "POST".equals(request.getMethod()) && path.equals(request.getServletPath())
                    ? Optional.ofNullable(request.getParameter("username"))
                    : Optional.empty();
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            failed(userKey(String.valueOf(attempt.getPrincipal())));
            addressOf(attempt).ifPresent(address -> failed(addressKey(address)));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn) {
            failures.invalidate(userKey(signedIn.getName()));
        }
    }

    private static Optional<String> addressOf(UsernamePasswordAuthenticationToken attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details
                ? Optional.ofNullable(details.getRemoteAddress())
                : Optional.empty();
    }

    private static String userKey(String username) {
        return "user:" + EmailAddresses.folded(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private int count(String key) {
        AtomicInteger count = failures.getIfPresent(key);
        return count == null ? 0 : count.get();
    }

    private void failed(String key) {
        AtomicInteger count = failures.get(key, any -> new AtomicInteger());
        count.incrementAndGet();
        // written again, so that the window runs from the last failure
        failures.put(key, count);
    }
}
