package dev.heartwood.infra.demo;

import dev.heartwood.kernel.TrustId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;

/**
 * The password with which the demo trust's people sign in ({@code heartwood.demo}, local mode only): made at each
 * start and written nowhere, its only copy the line of the log that shows it at start-up; only its encoded form is
 * kept to check sign-ins against.
 */
@Component
@ConditionalOnProperty(name = "heartwood.demo", havingValue = "true")
public class DemoSignIn {

    /** Letters and digits that cannot be mistaken for one another when read off a screen and typed. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;

    private final String encodedPassword;
    private String password;

    DemoSignIn() {
        SecureRandom random = new SecureRandom();
        StringBuilder made = new StringBuilder();
        for (int i = 0; i < GROUPS * GROUP_LENGTH; i++) {
            if (i > 0 && i % GROUP_LENGTH == 0) {
                made.append('-');
            }
            made.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        this.password = made.toString();
        this.encodedPassword = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
    }

    /** The trust whose current staff sign in with the password. */
    public TrustId trustId() {
        return DemoTrust.ID;
    }

    public String encodedPassword() {
        return encodedPassword;
    }

    /** The password, for the line of the log that shows it; afterwards no copy is kept. */
    synchronized String takePassword() {
        String taken = password;
        password = null;
        return taken;
    }
}
