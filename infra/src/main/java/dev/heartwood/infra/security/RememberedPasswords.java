package dev.heartwood.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Checks a password against its stored hash once, then answers the same password for the same hash from memory for
 * {@link #REMEMBERED}: HTTP Basic sends the password with every request, and bcrypt is slow on purpose. What is
 * remembered is a keyed hash (HMAC-SHA-256, with a key made at start-up) of the stored hash and the password, never
 * the password itself. Only a match is remembered, so every wrong password is checked in full; a changed password has
 * another stored hash and so is checked afresh. Who the user is and what they may do is looked up on every request
 * as before.
 */
final class RememberedPasswords implements PasswordEncoder {

    static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final String ALGORITHM = "HmacSHA256";

    private final PasswordEncoder encoder;
    private final SecretKeySpec key;
    private final Cache<String, Boolean> matched;

    RememberedPasswords(PasswordEncoder encoder, Ticker ticker) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.encoder = encoder;
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.matched = Caffeine.newBuilder()
                .expireAfterWrite(REMEMBERED)
                .maximumSize(10_000)
                .ticker(ticker)
                .build();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return encoder.matches(rawPassword, encodedPassword);
        }
        String credential = keyedHash(encodedPassword, rawPassword);
        if (matched.getIfPresent(credential) != null) {
            return true;
        }
        boolean matches = encoder.matches(rawPassword, encodedPassword);
        if (matches) {
            matched.put(credential, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    private String keyedHash(String encodedPassword, CharSequence rawPassword) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            // the stored hash never holds a NUL, so the two parts cannot be shifted into each other
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", missing);
        }
    }
}
