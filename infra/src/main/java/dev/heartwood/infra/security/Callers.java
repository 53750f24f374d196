package dev.heartwood.infra.security;

import dev.heartwood.appraisal.api.AccessRole;
import dev.heartwood.infra.security.Access.Grant;
import dev.heartwood.infra.security.Access.Self;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Matches a signed-in person to the members of staff they are, and gathers the roles granted to them. */
@Component
class Callers {

    private final JdbcClient jdbc;
    private final Clock clock;

    Callers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Refused with {@code unknown-person} when no current member of staff signs in with the caller's name. */
    Access accessOf(SignedIn signedIn) {
        if (signedIn.administrator()) {
            return Access.administrator(signedIn.administratorActorId());
        }
        List<Self> selves = jdbc.sql("""
                        SELECT p.staff_id, p.school_id, s.trust_id, p.category
                        FROM access_person p JOIN access_school s USING (school_id)
                        WHERE p.email = ? AND (p.left_on IS NULL OR p.left_on >= ?)
                        ORDER BY p.staff_id""")
                .params(AccessDirectory.signInEmail(signedIn.name()), SchoolTime.today(clock))
                .query((row, n) -> new Self(row.getObject("staff_id", UUID.class),
                        row.getObject("school_id", UUID.class), row.getObject("trust_id", UUID.class),
                        row.getString("category")))
                .list();
        if (selves.isEmpty()) {
            throw new DomainRuleViolation(AccessErrorCode.UNKNOWN_PERSON,
                    "You are signed in, but Heartwood knows no current member of staff by that name");
        }
        List<Grant> grants = jdbc.sql("SELECT role, school_id, trust_id FROM access_grant WHERE staff_id = ANY (?)")
                .param(selves.stream().map(Self::staffId).toArray(UUID[]::new))
                .query((row, n) -> new Grant(AccessRole.valueOf(row.getString("role")),
                        row.getObject("school_id", UUID.class), row.getObject("trust_id", UUID.class)))
                .list();
        return new Access(selves.get(0).staffId(), false, selves, grants);
    }
}
