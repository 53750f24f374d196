package dev.heartwood.infra.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** A local mode user: an administrator, or a person signing in with their e-mail address as their user name. */
class CallerDetails extends User {

    CallerDetails(String username, String password, boolean administrator) {
        super(username, password, administrator
                ? List.<GrantedAuthority>of(new SimpleGrantedAuthority("ROLE_" + SignedIn.ADMINISTRATOR_ROLE))
                : List.of());
    }
}
