package dev.heartwood.infra.security;

import dev.heartwood.appraisal.api.AccessRole;
import dev.heartwood.appraisal.api.LinkSignInIdentity;
import dev.heartwood.appraisal.api.SignInLinkedBy;
import dev.heartwood.infra.security.Access.Grant;
import dev.heartwood.infra.security.Access.Self;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the staff records a signed-in person is, by the identity linked to them, and gathers the roles granted to
 * them. A person whose identity opens no current record yet is linked, on this sign-in, to the current records that
 * have the address their provider vouches for and open to no one (ADR 9): an address finds a record once, and no
 * later change of address moves it to someone else.
 */
@Component
class Callers {

    private static final Logger log = LoggerFactory.getLogger(Callers.class);

    private static final RowMapper<Self> SELF = (row, n) -> new Self(row.getObject("staff_id", UUID.class),
            row.getObject("school_id", UUID.class), row.getObject("trust_id", UUID.class), row.getString("category"));

    private final JdbcClient jdbc;
    private final CommandGateway commands;
    private final Clock clock;

    Callers(JdbcClient jdbc, CommandGateway commands, Clock clock) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.clock = clock;
    }

    /** Refused with {@code unknown-person} when the caller opens no current staff record. */
    Access accessOf(SignedIn signedIn) {
        if (signedIn.administrator()) {
            return Access.administrator(signedIn.administratorActorId());
        }
        List<Self> selves = linkedRecords(signedIn);
        if (selves.isEmpty() && signedIn.verifiedAddress().isPresent()) {
            linkOnFirstSignIn(signedIn, signedIn.verifiedAddress().get());
            selves = linkedRecords(signedIn);
        }
        if (selves.isEmpty()) {
            log.info("Sign-in refused: no current member of staff opens to this {} identity",
                    signedIn.identity().issuer());
            throw new DomainRuleViolation(AccessErrorCode.UNKNOWN_PERSON,
                    "You are signed in, but Heartwood knows no current member of staff who is you");
        }
        List<Grant> grants = jdbc.sql("SELECT role, school_id, trust_id FROM access_grant WHERE staff_id = ANY (?)")
                .param(selves.stream().map(Self::staffId).toArray(UUID[]::new))
                .query((row, n) -> new Grant(AccessRole.valueOf(row.getString("role")),
                        row.getObject("school_id", UUID.class), row.getObject("trust_id", UUID.class)))
                .list();
        return new Access(selves.get(0).staffId(), false, selves, grants);
    }

    private List<Self> linkedRecords(SignedIn signedIn) {
        return jdbc.sql("""
                        SELECT p.staff_id, p.school_id, s.trust_id, p.category
                        FROM access_identity i JOIN access_person p USING (staff_id) JOIN access_school s USING (school_id)
                        WHERE i.subject = ? AND i.issuer = ? AND (p.left_on IS NULL OR p.left_on >= ?)
                        ORDER BY p.staff_id""")
                .params(signedIn.identity().subject().text(), signedIn.identity().issuer(), SchoolTime.today(clock))
                .query(SELF)
                .list();
    }

    /** Each record is linked by its own command, acting as the person themself; one that is taken meanwhile is left. */
    private void linkOnFirstSignIn(SignedIn signedIn, String address) {
        List<Self> unclaimed = jdbc.sql("""
                        SELECT p.staff_id, p.school_id, s.trust_id, p.category
                        FROM access_person p JOIN access_school s USING (school_id)
                        WHERE p.email = ? AND (p.left_on IS NULL OR p.left_on >= ?)
                          AND NOT EXISTS (SELECT 1 FROM access_identity i WHERE i.staff_id = p.staff_id)""")
                .params(address, SchoolTime.today(clock))
                .query(SELF)
                .list();
        for (Self record : unclaimed) {
            Caller self = new Caller(record.staffId(), "STAFF", Optional.of(record.schoolId()),
                    Optional.ofNullable(record.trustId()));
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new LinkSignInIdentity(
                                new StaffId(record.staffId()), signedIn.identity(), SignInLinkedBy.FIRST_SIGN_IN))
                        .withMetaData(self.metadata()));
            } catch (DomainRuleViolation taken) {
                log.info("A staff record was linked to another sign-in at the same moment; it stays with that one");
            }
        }
    }
}
