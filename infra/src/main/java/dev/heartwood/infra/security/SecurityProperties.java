package dev.heartwood.infra.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.UUID;

/**
 * The users who may sign in with HTTP Basic until single sign-on arrives.
 *
 * @param users each with a password that is either encoded ({@code {bcrypt}...}) or plain (encoded at start-up);
 *              a user without a password gets a random one, printed once in the log
 */
@ConfigurationProperties("heartwood.security")
public record SecurityProperties(List<ConfiguredUser> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * @param actorId recorded on everything this user does; derived from the username when not given
     */
    public record ConfiguredUser(String username, String password, String role, UUID actorId, UUID schoolId,
                                 UUID trustId) {
    }
}
