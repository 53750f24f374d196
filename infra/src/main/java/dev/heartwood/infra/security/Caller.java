package dev.heartwood.infra.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, as the rest of the application needs to know it: the actor recorded on every message, the
 * role they act in and the school or trust they act for.
 */
public record Caller(UUID actorId, String role, Optional<UUID> schoolId, Optional<UUID> trustId) {

    /** The authenticated caller of the current request, if there is one. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CallerDetails details) {
            return Optional.of(details.caller());
        }
        return Optional.empty();
    }
}
