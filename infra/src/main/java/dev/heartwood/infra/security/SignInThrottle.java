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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local mode's defence against guessed passwords: after {@link #FAILURES_PER_USER} failed sign-ins for one user
 * name, or {@link #FAILURES_PER_ADDRESS} from one network address, within {@link #WINDOW}, further attempts are
 * refused with 429 without checking the password, until the window has passed since the last failure. A sign-in that
 * succeeds clears its user name's count; the address's count stays, so one address cannot try user after user.
 */
class SignInThrottle extends OncePerRequestFilter {

    static final int FAILURES_PER_USER = 5;
    static final int FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW)
            .maximumSize(100_000)
            .build();
    private final Refusal refusal;

    /** Writes the answer to a throttled attempt. */
    interface Refusal {
        void refuse(HttpServletResponse response, long retryAfterSeconds) throws IOException;
    }

    SignInThrottle(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = basicUser(request);
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String userKey = "user:" + user.get();
        String addressKey = "address:" + request.getRemoteAddr();
        if (count(userKey) >= FAILURES_PER_USER || count(addressKey) >= FAILURES_PER_ADDRESS) {
            log.warn("Sign-in refused without a try from {}: too many failed sign-ins for that user or address",
                    request.getRemoteAddr());
            refusal.refuse(response, WINDOW.toSeconds());
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            failed(userKey);
            failed(addressKey);
        } else {
            failures.invalidate(userKey);
        }
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

    /** The user name of an HTTP Basic sign-in, folded as user names are compared. */
    private static Optional<String> basicUser(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(EmailAddresses.folded(credentials.substring(0, colon)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
