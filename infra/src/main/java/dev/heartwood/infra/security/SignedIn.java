package dev.heartwood.infra.security;

import org.springframework.security.core.Authentication;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Who signed in, before the directory is asked who they are: an administrator from configuration, or a person
 * named by the claim (an e-mail address by default) that is matched to members of staff.
 *
 * @param name the claim's value, or the configured user's e-mail address or user name
 */
record SignedIn(String name, boolean administrator) {

    static final String ADMINISTRATOR_ROLE = "ADMINISTRATOR";

    static Optional<SignedIn> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        boolean administrator = authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + ADMINISTRATOR_ROLE).equals(authority.getAuthority()));
        return Optional.of(new SignedIn(authentication.getName(), administrator));
    }

    /** The actor recorded on what an administrator does: stable for a name, never a member of staff's id. */
    UUID administratorActorId() {
        return UUID.nameUUIDFromBytes(("heartwood-user:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
