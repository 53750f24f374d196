package dev.heartwood.infra.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** A signed-in user with the {@link Caller} they act as. */
class CallerDetails extends User {

    private final Caller caller;

    CallerDetails(String username, String password, Caller caller) {
        super(username, password, List.of(new SimpleGrantedAuthority("ROLE_" + caller.role())));
        this.caller = caller;
    }

    Caller caller() {
        return caller;
    }
}
