package dev.heartwood.infra.security;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedPasswordsTest {

    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final List<String> checked = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private final RememberedPasswords passwords = new RememberedPasswords(new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checked.add(rawPassword.toString());
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }, (Ticker) nanos::get);
    private final String stored = bcrypt.encode("correct horse");

    @Test
    void aRepeatedSignInWithTheRightPasswordIsCheckedAgainstItsHashOnce() {
        assertThat(passwords.matches("correct horse", stored)).isTrue();
        assertThat(passwords.matches("correct horse", stored)).isTrue();

        assertThat(checked).containsExactly("correct horse");
    }

    @Test
    void aWrongPasswordIsCheckedInFullEveryTimeEvenAfterTheRightOne() {
        assertThat(passwords.matches("correct horse", stored)).isTrue();

        assertThat(passwords.matches("correct hors", stored)).isFalse();
        assertThat(passwords.matches("correct hors", stored)).isFalse();
        assertThat(checked).containsExactly("correct horse", "correct hors", "correct hors");
    }

    @Test
    void aChangedPasswordIsCheckedAfreshAndTheOldOneNoLongerSignsIn() {
        assertThat(passwords.matches("correct horse", stored)).isTrue();
        String changed = bcrypt.encode("battery staple");

        assertThat(passwords.matches("correct horse", changed)).isFalse();
        assertThat(passwords.matches("battery staple", changed)).isTrue();
        assertThat(checked).containsExactly("correct horse", "correct horse", "battery staple");
    }

    @Test
    void aRememberedPasswordIsCheckedAgainOnceItsTimeIsUp() {
        assertThat(passwords.matches("correct horse", stored)).isTrue();
        nanos.addAndGet(RememberedPasswords.REMEMBERED.plusSeconds(1).toNanos());

        assertThat(passwords.matches("correct horse", stored)).isTrue();
        assertThat(checked).containsExactly("correct horse", "correct horse");
    }
}
