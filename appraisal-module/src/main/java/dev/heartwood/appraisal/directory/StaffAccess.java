package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.AccessGranted;
import dev.heartwood.appraisal.api.AccessRevoked;
import dev.heartwood.appraisal.api.AccessRole;
import dev.heartwood.appraisal.api.AccessScope;
import dev.heartwood.appraisal.api.GrantAccess;
import dev.heartwood.appraisal.api.LinkSignInIdentity;
import dev.heartwood.appraisal.api.RevokeAccess;
import dev.heartwood.appraisal.api.SignInIdentity;
import dev.heartwood.appraisal.api.SignInIdentityLinked;
import dev.heartwood.appraisal.api.SignInIdentityUnlinked;
import dev.heartwood.appraisal.api.SignInLinkedBy;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.UnlinkSignInIdentity;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.ROLE_NOT_HELD_FOR_SCOPE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_IN_A_TRUST;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SIGN_IN_ALREADY_LINKED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Who may open a staff record and what it may do beyond the person's own records: the identity linked to it and the
 * roles granted. Security, kept apart from the directory's facts about the person; no directory edit reaches it.
 */
class StaffAccess {

    private record Grant(AccessRole role, AccessScope scope) {
    }

    private final StaffTenure tenure;
    private StaffId staffId;
    private SchoolId schoolId;
    private SignInIdentity identity;
    private final Set<Grant> grants = new HashSet<>();

    StaffAccess(StaffTenure tenure) {
        this.tenure = tenure;
    }

    @CommandHandler
    void handle(GrantAccess command, @MetaDataValue(MetadataKeys.ACTOR_ID) String actorId, Directory directory,
                Clock clock) {
        tenure.stillOnTheStaff();
        if (!command.role().heldFor(command.scope())) {
            throw new DomainRuleViolation(ROLE_NOT_HELD_FOR_SCOPE,
                    command.role() + " is not held for a " + command.scope().name().toLowerCase());
        }
        TrustId trustId = null;
        if (command.scope() == AccessScope.TRUST) {
            trustId = directory.school(schoolId).map(SchoolFacts::trustId).orElse(null);
            if (trustId == null) {
                throw new DomainRuleViolation(SCHOOL_NOT_IN_A_TRUST, "This person's school is not in a trust");
            }
        }
        if (!grants.contains(new Grant(command.role(), command.scope()))) {
            apply(new AccessGranted(staffId, schoolId, trustId, command.role(), command.scope(),
                    UUID.fromString(actorId), SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(RevokeAccess command, @MetaDataValue(MetadataKeys.ACTOR_ID) String actorId, Clock clock) {
        if (grants.contains(new Grant(command.role(), command.scope()))) {
            apply(new AccessRevoked(staffId, schoolId, command.role(), command.scope(), UUID.fromString(actorId),
                    SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(LinkSignInIdentity command, Clock clock) {
        if (command.identity().equals(identity)) {
            return;
        }
        tenure.stillOnTheStaff();
        aRecordOpensToOneIdentityWhichOnlyAnAdministratorReplaces(command.linkedBy());
        apply(new SignInIdentityLinked(staffId, schoolId, command.identity(), command.linkedBy(),
                SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(UnlinkSignInIdentity command, Clock clock) {
        if (identity != null) {
            apply(new SignInIdentityUnlinked(staffId, schoolId, SchoolTime.today(clock)));
        }
    }

    private void aRecordOpensToOneIdentityWhichOnlyAnAdministratorReplaces(SignInLinkedBy linkedBy) {
        if (identity != null && linkedBy != SignInLinkedBy.ADMINISTRATOR) {
            throw new DomainRuleViolation(SIGN_IN_ALREADY_LINKED,
                    "This staff record already opens to another sign-in; an administrator can change that");
        }
    }

    @EventSourcingHandler
    void on(StaffMemberRegistered event) {
        staffId = event.staffId();
        schoolId = event.schoolId();
    }

    @EventSourcingHandler
    void on(AccessGranted event) {
        grants.add(new Grant(event.role(), event.scope()));
    }

    @EventSourcingHandler
    void on(AccessRevoked event) {
        grants.remove(new Grant(event.role(), event.scope()));
    }

    @EventSourcingHandler
    void on(SignInIdentityLinked event) {
        identity = event.identity();
    }

    @EventSourcingHandler
    void on(SignInIdentityUnlinked event) {
        identity = null;
    }
}
