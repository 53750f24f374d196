package dev.heartwood.infra.security;

import dev.heartwood.infra.demo.DemoSignIn;
import dev.heartwood.kernel.EmailAddresses;
import dev.heartwood.kernel.SchoolTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.time.Clock;

/**
 * The local mode's users with the demo on ({@code heartwood.demo}): the configured users, and besides them each
 * current member of staff of the demo's own trust, by their e-mail address, with the password made for this run
 * ({@link DemoSignIn}). Nobody outside that trust signs in with it, nor anyone who has left.
 */
final class DemoUsers implements UserDetailsService {

    private final UserDetailsService configured;
    private final DemoSignIn demo;
    private final JdbcClient jdbc;
    private final Clock clock;

    private DemoUsers(UserDetailsService configured, DemoSignIn demo, JdbcClient jdbc, Clock clock) {
        this.configured = configured;
        this.demo = demo;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The configured users, with the demo's people besides them when the demo is on. */
    static UserDetailsService besides(UserDetailsService configured, ObjectProvider<DemoSignIn> demo,
                                      JdbcClient jdbc, Clock clock) {
        DemoSignIn signIn = demo.getIfAvailable();
        return signIn == null ? configured : new DemoUsers(configured, signIn, jdbc, clock);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        try {
            return configured.loadUserByUsername(username);
        } catch (UsernameNotFoundException notConfigured) {
            if (!onTheDemoTrustsStaff(username)) {
                throw notConfigured;
            }
            // a person, whose records and roles the directory gives once signed in (Callers)
            return new CallerDetails(username, demo.encodedPassword(), false);
        }
    }

    private boolean onTheDemoTrustsStaff(String username) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM access_person p JOIN access_school s USING (school_id)
                                       WHERE s.trust_id = ? AND p.email = ?
                                         AND (p.left_on IS NULL OR p.left_on >= ?))""")
                .params(demo.trustId().value(), EmailAddresses.folded(username), SchoolTime.today(clock))
                .query(Boolean.class)
                .single();
    }
}
