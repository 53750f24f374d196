package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.ChangeStaffCategory;
import dev.heartwood.appraisal.api.ChangeStaffDetails;
import dev.heartwood.appraisal.api.ChangeStaffFte;
import dev.heartwood.appraisal.api.ImportStaffMember;
import dev.heartwood.appraisal.api.RegisterStaffMember;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffCategoryChanged;
import dev.heartwood.appraisal.api.StaffDetailsChanged;
import dev.heartwood.appraisal.api.StaffFteChanged;
import dev.heartwood.appraisal.api.StaffImportOutcome;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.EXTERNAL_ID_ALREADY_USED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person on a school's staff: who they are (name, address, category) and their hours. A request that asks for
 * what is already so records nothing, so a retried request or a re-imported file changes nothing. Its members keep
 * the rest: {@link StaffTenure} their time on the staff (nothing changes once they have left), {@link StaffRoles}
 * the responsibilities they hold, {@link ReportingLine} their line manager, and {@link StaffAccess} who may open
 * the record and what it may do.
 */
@Aggregate(cache = "staffMemberCache")
class StaffMember {

    @AggregateIdentifier
    private StaffId staffId;
    private SchoolId schoolId;
    private PersonalText name;
    private PersonalText email;
    private StaffCategory category;
    private BigDecimal fte;
    // the members that check the rules of the person's tenure are handed it (entities of one aggregate may)
    @AggregateMember
    private final StaffTenure tenure = new StaffTenure();
    @AggregateMember
    private final StaffRoles roles = new StaffRoles(tenure);
    @AggregateMember
    private final ReportingLine reportingLine = new ReportingLine(tenure);
    @AggregateMember
    private final StaffAccess access = new StaffAccess(tenure);

    StaffMember() {
        // for Axon, which rebuilds the staff member from their events
    }

    @CommandHandler
    StaffMember(RegisterStaffMember command, Directory directory) {
        register(command.staffId(), command.schoolId(), command.externalId(), command.name(), command.email(),
                command.category(), command.startDate(), command.fte(), directory);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    StaffImportOutcome handle(ImportStaffMember row, Directory directory, Clock clock,
                              @MetaDataValue(MetadataKeys.ACTOR_ID) String actorId) {
        LocalDate today = SchoolTime.today(clock);
        boolean isNew = staffId == null;
        Long versionBefore = AggregateLifecycle.getVersion();
        if (isNew) {
            register(row.staffId(), row.schoolId(), row.externalId(), row.name(), row.email(), row.category(),
                    row.startDate(), row.fte(), directory);
        } else if (tenure.hasLeftOn(row.leaveDate())) {
            return StaffImportOutcome.UNCHANGED; // a leaver's row, unchanged
        } else {
            if (!row.name().equals(name) || !row.email().equals(email) || row.category() != category) {
                IdentityRules.noOneChangesTheirOwnIdentity(actorId, staffId);
            }
            changeDetails(row.name(), row.email(), directory);
            changeCategory(row.category(), today);
            changeFte(row.fte(), today);
        }
        roles.holdExactly(row.roles(), today);
        if (row.lineManagerId() != null) {
            reportingLine.assign(row.lineManagerId(), today, directory);
        }
        if (row.leaveDate() != null) {
            tenure.leave(row.leaveDate());
        }
        if (isNew) {
            return StaffImportOutcome.CREATED;
        }
        // the version is the sequence number of the last event, so it moves only when something was applied
        return Objects.equals(versionBefore, AggregateLifecycle.getVersion())
                ? StaffImportOutcome.UNCHANGED
                : StaffImportOutcome.CHANGED;
    }

    @CommandHandler
    void handle(ChangeStaffDetails command, Directory directory,
                @MetaDataValue(MetadataKeys.ACTOR_ID) String actorId) {
        IdentityRules.noOneChangesTheirOwnIdentity(actorId, staffId);
        changeDetails(command.name(), command.email(), directory);
    }

    @CommandHandler
    void handle(ChangeStaffCategory command, @MetaDataValue(MetadataKeys.ACTOR_ID) String actorId) {
        IdentityRules.noOneChangesTheirOwnIdentity(actorId, staffId);
        changeCategory(command.category(), command.from());
    }

    @CommandHandler
    void handle(ChangeStaffFte command) {
        changeFte(command.fte(), command.from());
    }

    private void register(StaffId staffId, SchoolId schoolId, String externalId, PersonalText name,
                          PersonalText email, StaffCategory category, LocalDate startDate, BigDecimal fte,
                          Directory directory) {
        if (directory.school(schoolId).isEmpty()) {
            throw new DomainRuleViolation(SCHOOL_NOT_FOUND, "No school " + schoolId + " is registered");
        }
        if (externalId != null && directory.staffByExternalId(schoolId, externalId).isPresent()) {
            throw new DomainRuleViolation(EXTERNAL_ID_ALREADY_USED,
                    "Another member of staff has the MIS identifier " + externalId);
        }
        IdentityRules.anAddressBelongsToOneCurrentPersonInATrust(directory, schoolId, staffId, email);
        apply(new StaffMemberRegistered(staffId, schoolId, externalId, name, email, category, startDate, fte));
    }

    private void changeDetails(PersonalText newName, PersonalText newEmail, Directory directory) {
        tenure.stillOnTheStaff();
        if (!newEmail.equals(email)) {
            IdentityRules.anAddressBelongsToOneCurrentPersonInATrust(directory, schoolId, staffId, newEmail);
        }
        if (!newName.equals(name) || !newEmail.equals(email)) {
            apply(new StaffDetailsChanged(staffId, schoolId, newName, newEmail));
        }
    }

    private void changeCategory(StaffCategory newCategory, LocalDate from) {
        tenure.stillOnTheStaff();
        if (newCategory != category) {
            apply(new StaffCategoryChanged(staffId, schoolId, newCategory, from));
        }
    }

    private void changeFte(BigDecimal newFte, LocalDate from) {
        tenure.stillOnTheStaff();
        if (newFte.compareTo(fte) != 0) {
            apply(new StaffFteChanged(staffId, schoolId, newFte, from));
        }
    }

    @EventSourcingHandler
    void on(StaffMemberRegistered event) {
        staffId = event.staffId();
        schoolId = event.schoolId();
        name = event.name();
        email = event.email();
        category = event.category();
        fte = event.fte();
    }

    @EventSourcingHandler
    void on(StaffDetailsChanged event) {
        name = event.name();
        email = event.email();
    }

    @EventSourcingHandler
    void on(StaffCategoryChanged event) {
        category = event.category();
    }

    @EventSourcingHandler
    void on(StaffFteChanged event) {
        fte = event.fte();
    }
}
