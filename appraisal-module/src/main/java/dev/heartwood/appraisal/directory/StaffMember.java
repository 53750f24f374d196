package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.AssignLineManager;
import dev.heartwood.appraisal.api.AssignStaffRole;
import dev.heartwood.appraisal.api.ChangeStaffCategory;
import dev.heartwood.appraisal.api.ChangeStaffDetails;
import dev.heartwood.appraisal.api.ChangeStaffFte;
import dev.heartwood.appraisal.api.ImportStaffMember;
import dev.heartwood.appraisal.api.LineManagerAssigned;
import dev.heartwood.appraisal.api.RecordStaffLeaving;
import dev.heartwood.appraisal.api.RegisterStaffMember;
import dev.heartwood.appraisal.api.RemoveStaffRole;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffCategoryChanged;
import dev.heartwood.appraisal.api.StaffDetailsChanged;
import dev.heartwood.appraisal.api.StaffFteChanged;
import dev.heartwood.appraisal.api.StaffImportOutcome;
import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.appraisal.api.StaffRoleAssigned;
import dev.heartwood.appraisal.api.StaffRoleRemoved;
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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.EXTERNAL_ID_ALREADY_USED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.LEAVE_BEFORE_START;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_HAS_LEFT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person on a school's staff. A request that asks for what is already so records nothing, so a retried
 * request or a re-imported file changes nothing; once the person has left, only the same leaving date is
 * accepted again.
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
    private LocalDate startDate;
    private LocalDate leftOn;
    private StaffId lineManagerId;
    private final Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    @AggregateMember
    private final StaffAccess access = new StaffAccess();

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
        } else if (leftOn != null && leftOn.equals(row.leaveDate())) {
            return StaffImportOutcome.UNCHANGED; // a leaver's row, unchanged
        } else {
            if (!row.name().equals(name) || !row.email().equals(email) || row.category() != category) {
                IdentityRules.noOneChangesTheirOwnIdentity(actorId, staffId);
            }
            changeDetails(row.name(), row.email(), directory);
            changeCategory(row.category(), today);
            changeFte(row.fte(), today);
        }
        for (StaffRole role : StaffRole.values()) {
            if (row.roles().contains(role)) {
                assignRole(role, today);
            } else {
                removeRole(role, today);
            }
        }
        if (row.lineManagerId() != null) {
            assignLineManager(row.lineManagerId(), today, directory);
        }
        if (row.leaveDate() != null) {
            leave(row.leaveDate());
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

    @CommandHandler
    void handle(AssignStaffRole command) {
        assignRole(command.role(), command.from());
    }

    @CommandHandler
    void handle(RemoveStaffRole command) {
        removeRole(command.role(), command.from());
    }

    @CommandHandler
    void handle(AssignLineManager command, Directory directory) {
        assignLineManager(command.lineManagerId(), command.from(), directory);
    }

    @CommandHandler
    void handle(RecordStaffLeaving command) {
        leave(command.leaveDate());
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
        stillOnTheStaff();
        if (!newEmail.equals(email)) {
            IdentityRules.anAddressBelongsToOneCurrentPersonInATrust(directory, schoolId, staffId, newEmail);
        }
        if (!newName.equals(name) || !newEmail.equals(email)) {
            apply(new StaffDetailsChanged(staffId, schoolId, newName, newEmail));
        }
    }

    private void changeCategory(StaffCategory newCategory, LocalDate from) {
        stillOnTheStaff();
        if (newCategory != category) {
            apply(new StaffCategoryChanged(staffId, schoolId, newCategory, from));
        }
    }

    private void changeFte(BigDecimal newFte, LocalDate from) {
        stillOnTheStaff();
        if (newFte.compareTo(fte) != 0) {
            apply(new StaffFteChanged(staffId, schoolId, newFte, from));
        }
    }

    private void assignRole(StaffRole role, LocalDate from) {
        stillOnTheStaff();
        if (!roles.contains(role)) {
            apply(new StaffRoleAssigned(staffId, schoolId, role, from));
        }
    }

    private void removeRole(StaffRole role, LocalDate from) {
        stillOnTheStaff();
        if (roles.contains(role)) {
            apply(new StaffRoleRemoved(staffId, schoolId, role, from));
        }
    }

    private void assignLineManager(StaffId newLineManagerId, LocalDate from, Directory directory) {
        stillOnTheStaff();
        if (newLineManagerId.equals(lineManagerId)) {
            return;
        }
        new LineManagement(staffId, schoolId, newLineManagerId).check(directory);
        apply(new LineManagerAssigned(staffId, schoolId, newLineManagerId, from));
    }

    private void leave(LocalDate leaveDate) {
        if (leaveDate.equals(leftOn)) {
            return;
        }
        stillOnTheStaff();
        if (leaveDate.isBefore(startDate)) {
            throw new DomainRuleViolation(LEAVE_BEFORE_START, "A leaving date cannot come before " + startDate);
        }
        apply(new StaffMemberLeft(staffId, schoolId, leaveDate));
    }

    private void stillOnTheStaff() {
        if (leftOn != null) {
            throw new DomainRuleViolation(STAFF_MEMBER_HAS_LEFT, "This person left on " + leftOn);
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
        startDate = event.startDate();
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

    @EventSourcingHandler
    void on(StaffRoleAssigned event) {
        roles.add(event.role());
    }

    @EventSourcingHandler
    void on(StaffRoleRemoved event) {
        roles.remove(event.role());
    }

    @EventSourcingHandler
    void on(LineManagerAssigned event) {
        lineManagerId = event.lineManagerId();
    }

    @EventSourcingHandler
    void on(StaffMemberLeft event) {
        leftOn = event.leftOn();
    }
}
