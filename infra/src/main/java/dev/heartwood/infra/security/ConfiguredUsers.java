package dev.heartwood.infra.security;

import dev.heartwood.infra.security.SecurityProperties.ConfiguredUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.StringUtils;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The users from configuration, with their passwords encoded once at start-up. */
class ConfiguredUsers implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);

    private record Account(String username, String encodedPassword, boolean administrator) {
    }

    private final Map<String, Account> accounts;

    ConfiguredUsers(SecurityProperties properties, PasswordEncoder encoder) {
        this.accounts = properties.users().stream()
                .map(user -> account(user, encoder))
                .collect(Collectors.toUnmodifiableMap(Account::username, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.get(username);
        if (account == null) {
            throw new UsernameNotFoundException("no such user");
        }
        // a fresh object each time: Spring erases the credentials of the one it authenticated
        return new CallerDetails(account.username(), account.encodedPassword(), account.administrator());
    }

    private static Account account(ConfiguredUser user, PasswordEncoder encoder) {
        if (!StringUtils.hasText(user.username())) {
            throw new IllegalStateException("every heartwood.security.users entry needs a username");
        }
        boolean administrator = SignedIn.ADMINISTRATOR_ROLE.equals(user.role());
        if (user.role() != null && !administrator) {
            throw new IllegalStateException("heartwood.security.users: '" + user.username() + "' has role "
                    + user.role() + "; a user is an ADMINISTRATOR, or a person whose roles come from the directory");
        }
        return new Account(user.username(), encoded(user, encoder), administrator);
    }

    private static String encoded(ConfiguredUser user, PasswordEncoder encoder) {
        String password = user.password();
        if (!StringUtils.hasText(password)) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("No password is configured for user '{}'; for this run it is: {}", user.username(), password);
        }
        return password.startsWith("{") ? password : encoder.encode(password);
    }
}
