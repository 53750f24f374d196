package dev.heartwood.infra.security;

import dev.heartwood.appraisal.api.AccessRole;
import dev.heartwood.appraisal.api.AccessScope;
import dev.heartwood.appraisal.api.GrantAccess;
import dev.heartwood.appraisal.api.LinkSignInIdentity;
import dev.heartwood.appraisal.api.RevokeAccess;
import dev.heartwood.appraisal.api.SignInIdentity;
import dev.heartwood.appraisal.api.SignInLinkedBy;
import dev.heartwood.appraisal.api.UnlinkSignInIdentity;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.EmailAddresses;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Roles granted to members of staff, and who the caller is. Only a headteacher (for their own school) or a leader
 * of the trust grants or takes back access; an administrator appoints a trust's first leader (or a new one when
 * none is left), without which no one could.
 */
@Tag(name = "Access")
@RestController
class AccessController {

    /** A role held by a member of staff, with who granted it and when. */
    record GrantView(AccessRole role, AccessScope scope, UUID schoolId, @Nullable UUID trustId, UUID grantedBy,
                     OffsetDateTime grantedAt) {
    }

    /** The caller: an administrator, or the members of staff they are (one per school) and their roles. */
    record Me(boolean administrator, List<Access.Self> staff, List<Access.Grant> grants) {
    }

    /** The identity provider's subject of the person ({@code oid} or {@code sub}), or a local mode user name. */
    record SignInRequest(@NotBlank @Size(max = 255)
                         @Pattern(regexp = EmailAddresses.PLAIN, message = EmailAddresses.NOT_PLAIN) String subject) {
    }

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityProperties properties;

    AccessController(CommandGateway commands, JdbcClient jdbc, Clock clock, SecurityProperties properties) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Allowed({})
    @Operation(summary = "(Administrators) Link a member of staff's record to the identity a person signs in with, "
            + "replacing any earlier link: for a new account at the identity provider, a person at a second school, "
            + "or a provider that vouches for no addresses")
    @PutMapping("/api/staff/{staffId}/sign-in")
    ResponseEntity<Void> link(@PathVariable UUID staffId, @Valid @RequestBody SignInRequest link,
                              HttpServletRequest request) {
        AccessInterceptor.existingRecordOf(request);
        String subject = properties.singleSignOn() ? link.subject() : EmailAddresses.folded(link.subject());
        commands.sendAndWait(new LinkSignInIdentity(new StaffId(staffId),
                new SignInIdentity(properties.signInIssuer(), PersonalText.of(subject)), SignInLinkedBy.ADMINISTRATOR));
        return ResponseEntity.noContent().build();
    }

    @Allowed({})
    @Operation(summary = "(Administrators) Unlink a member of staff's record from the identity it opens to")
    @DeleteMapping("/api/staff/{staffId}/sign-in")
    ResponseEntity<Void> unlink(@PathVariable UUID staffId, HttpServletRequest request) {
        AccessInterceptor.existingRecordOf(request);
        commands.sendAndWait(new UnlinkSignInIdentity(new StaffId(staffId)));
        return ResponseEntity.noContent().build();
    }

    // a trust leader is admitted as one first, so that one who is also a school's headteacher grants in the trust
    @Allowed({Audience.TRUST_LEADER, Audience.SCHOOL_LEADER})
    @Operation(summary = "Grant a role (SENIOR_LEADER, HR, GOVERNOR, TRUST_LEADER, PAY) for the person's school or "
            + "its trust (scope SCHOOL or TRUST)")
    @PutMapping("/api/staff/{staffId}/access/{accessRole}")
    ResponseEntity<Void> grant(@PathVariable UUID staffId, @PathVariable("accessRole") AccessRole role,
                               @RequestParam(defaultValue = "SCHOOL") AccessScope scope, HttpServletRequest request) {
        AccessInterceptor.existingRecordOf(request);
        mayGrant(role, scope, true);
        commands.sendAndWait(new GrantAccess(new StaffId(staffId), role, scope));
        return ResponseEntity.noContent().build();
    }

    @Allowed({Audience.TRUST_LEADER, Audience.SCHOOL_LEADER})
    @Operation(summary = "Take back a role granted to a member of staff")
    @DeleteMapping("/api/staff/{staffId}/access/{accessRole}")
    ResponseEntity<Void> revoke(@PathVariable UUID staffId, @PathVariable("accessRole") AccessRole role,
                                @RequestParam(defaultValue = "SCHOOL") AccessScope scope, HttpServletRequest request) {
        AccessInterceptor.existingRecordOf(request);
        mayGrant(role, scope, false);
        commands.sendAndWait(new RevokeAccess(new StaffId(staffId), role, scope));
        return ResponseEntity.noContent().build();
    }

    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER, Audience.HR})
    @Operation(summary = "The roles granted to a member of staff, with who granted each and when")
    @GetMapping("/api/staff/{staffId}/access")
    List<GrantView> grants(@PathVariable UUID staffId, HttpServletRequest request) {
        AccessInterceptor.existingRecordOf(request);
        return jdbc.sql("""
                        SELECT role, scope, school_id, trust_id, granted_by, granted_at FROM access_grant
                        WHERE staff_id = ? ORDER BY granted_at, role""")
                .param(staffId)
                .query((row, n) -> new GrantView(AccessRole.valueOf(row.getString("role")),
                        AccessScope.valueOf(row.getString("scope")), row.getObject("school_id", UUID.class),
                        row.getObject("trust_id", UUID.class), row.getObject("granted_by", UUID.class),
                        row.getObject("granted_at", OffsetDateTime.class)))
                .list();
    }

    @Allowed(Audience.ANYONE)
    @Operation(summary = "Who the caller is: an administrator, or the members of staff they are and their roles")
    @GetMapping("/api/me")
    Me me(HttpServletRequest request) {
        Access access = AccessInterceptor.accessOf(request).orElseThrow();
        return new Me(access.administrator(), access.selves(), access.grants());
    }

    private void mayGrant(AccessRole role, AccessScope scope, boolean granting) {
        Caller caller = Caller.current().orElseThrow();
        boolean allowed = switch (caller.role()) {
            case "TRUST_LEADER" -> true;
            case "HEADTEACHER" -> scope == AccessScope.SCHOOL;
            // someone has to lead a trust before anyone can grant anything in it
            case SignedIn.ADMINISTRATOR_ROLE -> granting && role == AccessRole.TRUST_LEADER
                    && caller.trustId().map(trust -> !hasALeader(trust)).orElse(true);
            default -> false;
        };
        if (!allowed) {
            throw new DomainRuleViolation(AccessErrorCode.GRANT_NOT_ALLOWED, "Only the headteacher, for their "
                    + "school, or a leader of the trust grants access; an administrator appoints a trust's first "
                    + "leader");
        }
    }

    private boolean hasALeader(UUID trustId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM access_grant g JOIN access_person p USING (staff_id)
                                       WHERE g.role = 'TRUST_LEADER' AND g.trust_id = ?
                                         AND (p.left_on IS NULL OR p.left_on >= ?))""")
                .params(trustId, SchoolTime.today(clock))
                .query(Boolean.class)
                .single();
    }
}
