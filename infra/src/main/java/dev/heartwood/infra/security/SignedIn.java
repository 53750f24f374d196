package dev.heartwood.infra.security;

import dev.heartwood.appraisal.api.SignInIdentity;
import dev.heartwood.kernel.EmailAddresses;
import dev.heartwood.kernel.PersonalText;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Who signed in, before the directory is asked which staff records they are: an administrator from configuration,
 * or a person known by their identity (the provider's subject, or the local mode's user name), with the address the
 * provider vouches for when it does. The address only ever finds the records for a first sign-in (ADR 9).
 *
 * @param name            what an administrator is known by in configuration: their address or user name
 * @param verifiedAddress folded ({@link EmailAddresses#folded}); empty when the provider does not vouch for one
 */
record SignedIn(SignInIdentity identity, Optional<String> verifiedAddress, boolean administrator, String name) {

    static final String ADMINISTRATOR_ROLE = "ADMINISTRATOR";
    /** The issuer of the local mode's identities: its users, by user name. */
    static final String LOCAL_ISSUER = "heartwood:local-mode";

    static Optional<SignedIn> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof SignedIn signedIn) {
            return Optional.of(signedIn);
        }
        if (authentication.getPrincipal() instanceof PageSignIn.OidcPerson person) {
            return Optional.of(person.signedIn());
        }
        if (authentication.getPrincipal() instanceof UserDetails user) {
            return Optional.of(localUser(user.getUsername(), user.getAuthorities().stream()
                    .anyMatch(authority -> ("ROLE_" + ADMINISTRATOR_ROLE).equals(authority.getAuthority()))));
        }
        return Optional.empty();
    }

    /** A user of the local mode: the installation configured the user name, which for a person is their address. */
    static SignedIn localUser(String username, boolean administrator) {
        String folded = EmailAddresses.folded(username);
        return new SignedIn(new SignInIdentity(LOCAL_ISSUER, PersonalText.of(folded)),
                administrator ? Optional.empty() : Optional.of(folded), administrator, username);
    }

    /** Neither the subject nor the address: a log line or an exception that shows the principal shows no person. */
    @Override
    public String toString() {
        return administrator ? "SignedIn[administrator]" : "SignedIn[a person, through " + identity.issuer() + "]";
    }

    /** The actor recorded on what an administrator does: stable for a name, never a member of staff's id. */
    UUID administratorActorId() {
        return UUID.nameUUIDFromBytes(("heartwood-user:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
