package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.AccessGranted;
import dev.heartwood.appraisal.api.AccessRevoked;
import dev.heartwood.appraisal.api.AccessRole;
import dev.heartwood.appraisal.api.AccessScope;
import dev.heartwood.appraisal.api.AssignLineManager;
import dev.heartwood.appraisal.api.AssignStaffRole;
import dev.heartwood.appraisal.api.ChangeStaffCategory;
import dev.heartwood.appraisal.api.ChangeStaffDetails;
import dev.heartwood.appraisal.api.ChangeStaffFte;
import dev.heartwood.appraisal.api.GrantAccess;
import dev.heartwood.appraisal.api.ImportStaffMember;
import dev.heartwood.appraisal.api.LineManagerAssigned;
import dev.heartwood.appraisal.api.RecordStaffLeaving;
import dev.heartwood.appraisal.api.RegisterStaffMember;
import dev.heartwood.appraisal.api.RemoveStaffRole;
import dev.heartwood.appraisal.api.RevokeAccess;
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
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.heartwood.testing.Refusals.refusedWith;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.EXTERNAL_ID_ALREADY_USED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.LEAVE_BEFORE_START;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.LINE_MANAGEMENT_CYCLE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.LINE_MANAGER_HAS_LEFT;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.LINE_MANAGER_IS_SELF;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.LINE_MANAGER_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.ROLE_NOT_HELD_FOR_SCOPE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_IN_A_TRUST;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_HAS_LEFT;

class StaffMemberTest {

    private static final LocalDate IMPORT_DAY = LocalDate.of(2026, 1, 12);
    private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);
    private static final PersonalText ASHA = PersonalText.of("Asha Patel");
    private static final PersonalText ASHA_EMAIL = PersonalText.of("a.patel@oakfield.sch.uk");

    private final AggregateTestFixture<StaffMember> fixture = new AggregateTestFixture<>(StaffMember.class);
    private final KnownDirectory directory = new KnownDirectory();
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final SchoolId elmside = new SchoolId(UUID.randomUUID());
    private final StaffId asha = new StaffId(UUID.randomUUID());
    private final StaffId deputyHead = new StaffId(UUID.randomUUID());

    StaffMemberTest() {
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-01-12T09:00:00Z"), ZoneOffset.UTC));
        directory.knowsSchool(oakfield).knowsStaffMember(deputyHead, oakfield);
    }

    private StaffMemberRegistered ashaJoined() {
        return new StaffMemberRegistered(asha, oakfield, "MIS-17", ASHA, ASHA_EMAIL, StaffCategory.TEACHER,
                SEPTEMBER, new BigDecimal("0.8"));
    }

    private ImportStaffMember ashasRow(Set<StaffRole> roles, StaffId lineManager, LocalDate leaveDate) {
        return new ImportStaffMember(asha, oakfield, "MIS-17", ASHA, ASHA_EMAIL, StaffCategory.TEACHER, roles,
                SEPTEMBER, new BigDecimal("0.8"), lineManager, leaveDate);
    }

    @Test
    void registersATeacherAtAKnownSchool() {
        fixture.givenNoPriorActivity()
                .when(new RegisterStaffMember(asha, oakfield, "MIS-17", ASHA, ASHA_EMAIL, StaffCategory.TEACHER,
                        SEPTEMBER, new BigDecimal("0.8")))
                .expectEvents(ashaJoined());
    }

    @Test
    void refusesAStaffMemberOfASchoolThatIsNotRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterStaffMember(asha, elmside, null, ASHA, ASHA_EMAIL, StaffCategory.TEACHER,
                        SEPTEMBER, BigDecimal.ONE))
                .expectException(refusedWith(SCHOOL_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void refusesAnMisIdentifierThatAnotherPersonHas() {
        directory.knowsExternalId(oakfield, "MIS-17", deputyHead);

        fixture.givenNoPriorActivity()
                .when(new RegisterStaffMember(asha, oakfield, "MIS-17", ASHA, ASHA_EMAIL, StaffCategory.TEACHER,
                        SEPTEMBER, BigDecimal.ONE))
                .expectException(refusedWith(EXTERNAL_ID_ALREADY_USED));
    }

    @Test
    void recordsChangesToDetailsCategoryAndHoursButNotRepeatsOfWhatIsSo() {
        fixture.given(ashaJoined())
                .when(new ChangeStaffDetails(asha, PersonalText.of("Asha Khan"), ASHA_EMAIL))
                .expectEvents(new StaffDetailsChanged(asha, oakfield, PersonalText.of("Asha Khan"), ASHA_EMAIL));
        fixture.given(ashaJoined())
                .when(new ChangeStaffDetails(asha, ASHA, ASHA_EMAIL))
                .expectNoEvents();
        fixture.given(ashaJoined())
                .when(new ChangeStaffCategory(asha, StaffCategory.SUPPORT_STAFF, IMPORT_DAY))
                .expectEvents(new StaffCategoryChanged(asha, oakfield, StaffCategory.SUPPORT_STAFF, IMPORT_DAY));
        fixture.given(ashaJoined())
                .when(new ChangeStaffFte(asha, new BigDecimal("0.80"), IMPORT_DAY))
                .expectNoEvents();
        fixture.given(ashaJoined())
                .when(new ChangeStaffFte(asha, BigDecimal.ONE, IMPORT_DAY))
                .expectEvents(new StaffFteChanged(asha, oakfield, BigDecimal.ONE, IMPORT_DAY));
    }

    @Test
    void givesAndTakesAwayRolesOnce() {
        fixture.given(ashaJoined())
                .when(new AssignStaffRole(asha, StaffRole.DSL, IMPORT_DAY))
                .expectEvents(new StaffRoleAssigned(asha, oakfield, StaffRole.DSL, IMPORT_DAY));
        fixture.given(ashaJoined(), new StaffRoleAssigned(asha, oakfield, StaffRole.DSL, SEPTEMBER))
                .when(new AssignStaffRole(asha, StaffRole.DSL, IMPORT_DAY))
                .expectNoEvents();
        fixture.given(ashaJoined(), new StaffRoleAssigned(asha, oakfield, StaffRole.DSL, SEPTEMBER))
                .when(new RemoveStaffRole(asha, StaffRole.DSL, IMPORT_DAY))
                .expectEvents(new StaffRoleRemoved(asha, oakfield, StaffRole.DSL, IMPORT_DAY));
        fixture.given(ashaJoined())
                .when(new RemoveStaffRole(asha, StaffRole.DSL, IMPORT_DAY))
                .expectNoEvents();
    }

    @Test
    void assignsAColleagueAsLineManager() {
        fixture.given(ashaJoined())
                .when(new AssignLineManager(asha, deputyHead, SEPTEMBER))
                .expectEvents(new LineManagerAssigned(asha, oakfield, deputyHead, SEPTEMBER));
    }

    @Test
    void refusesALineManagerWhoIsThemselvesUnknownElsewhereOrGone() {
        StaffId stranger = new StaffId(UUID.randomUUID());
        StaffId elmsideHead = new StaffId(UUID.randomUUID());
        StaffId retired = new StaffId(UUID.randomUUID());
        directory.knowsStaffMember(elmsideHead, elmside).knowsStaffMember(retired, oakfield).left(retired, SEPTEMBER);

        fixture.given(ashaJoined()).when(new AssignLineManager(asha, asha, SEPTEMBER))
                .expectException(refusedWith(LINE_MANAGER_IS_SELF));
        fixture.given(ashaJoined()).when(new AssignLineManager(asha, stranger, SEPTEMBER))
                .expectException(refusedWith(LINE_MANAGER_NOT_FOUND));
        fixture.given(ashaJoined()).when(new AssignLineManager(asha, elmsideHead, SEPTEMBER))
                .expectException(refusedWith(LINE_MANAGER_NOT_FOUND));
        fixture.given(ashaJoined()).when(new AssignLineManager(asha, retired, SEPTEMBER))
                .expectException(refusedWith(LINE_MANAGER_HAS_LEFT));
    }

    @Test
    void refusesALineManagerWhomThePersonAlreadyManagesThroughOthers() {
        StaffId phaseLead = new StaffId(UUID.randomUUID());
        directory.knowsStaffMember(phaseLead, oakfield).lineManagedBy(phaseLead, asha).lineManagedBy(deputyHead, phaseLead);

        fixture.given(ashaJoined())
                .when(new AssignLineManager(asha, deputyHead, SEPTEMBER))
                .expectException(refusedWith(LINE_MANAGEMENT_CYCLE))
                .expectNoEvents();
    }

    @Test
    void recordsLeavingOnceAndNothingAfterIt() {
        LocalDate lastDay = LocalDate.of(2026, 3, 31);
        fixture.given(ashaJoined())
                .when(new RecordStaffLeaving(asha, lastDay))
                .expectEvents(new StaffMemberLeft(asha, oakfield, lastDay));
        fixture.given(ashaJoined(), new StaffMemberLeft(asha, oakfield, lastDay))
                .when(new RecordStaffLeaving(asha, lastDay))
                .expectNoEvents();
        fixture.given(ashaJoined(), new StaffMemberLeft(asha, oakfield, lastDay))
                .when(new RecordStaffLeaving(asha, lastDay.plusDays(1)))
                .expectException(refusedWith(STAFF_MEMBER_HAS_LEFT));
        fixture.given(ashaJoined(), new StaffMemberLeft(asha, oakfield, lastDay))
                .when(new AssignStaffRole(asha, StaffRole.FIRST_AIDER, lastDay))
                .expectException(refusedWith(STAFF_MEMBER_HAS_LEFT));
    }

    @Test
    void refusesALeavingDateBeforeThePersonStarted() {
        fixture.given(ashaJoined())
                .when(new RecordStaffLeaving(asha, SEPTEMBER.minusDays(1)))
                .expectException(refusedWith(LEAVE_BEFORE_START));
    }

    @Test
    void importsANewPersonWithTheirRolesAndLineManagerInOneGo() {
        fixture.givenNoPriorActivity()
                .when(ashasRow(Set.of(StaffRole.FIRST_AIDER), deputyHead, null))
                .expectEvents(ashaJoined(),
                        new StaffRoleAssigned(asha, oakfield, StaffRole.FIRST_AIDER, IMPORT_DAY),
                        new LineManagerAssigned(asha, oakfield, deputyHead, IMPORT_DAY))
                .expectResultMessagePayload(StaffImportOutcome.CREATED);
    }

    @Test
    void importsAnUnchangedRowAsNothing() {
        fixture.given(ashaJoined(), new StaffRoleAssigned(asha, oakfield, StaffRole.FIRST_AIDER, SEPTEMBER),
                        new LineManagerAssigned(asha, oakfield, deputyHead, SEPTEMBER))
                .when(ashasRow(Set.of(StaffRole.FIRST_AIDER), deputyHead, null))
                .expectNoEvents()
                .expectResultMessagePayload(StaffImportOutcome.UNCHANGED);
    }

    @Test
    void importsAChangedRowAsExactlyTheChanges() {
        fixture.given(ashaJoined(), new StaffRoleAssigned(asha, oakfield, StaffRole.FIRST_AIDER, SEPTEMBER))
                .when(ashasRow(Set.of(StaffRole.DSL), null, LocalDate.of(2026, 7, 31)))
                .expectEvents(new StaffRoleAssigned(asha, oakfield, StaffRole.DSL, IMPORT_DAY),
                        new StaffRoleRemoved(asha, oakfield, StaffRole.FIRST_AIDER, IMPORT_DAY),
                        new StaffMemberLeft(asha, oakfield, LocalDate.of(2026, 7, 31)))
                .expectResultMessagePayload(StaffImportOutcome.CHANGED);
    }

    @Test
    void refusesAWholeRowWhenAnyPartOfItBreaksARule() {
        fixture.given(ashaJoined())
                .when(ashasRow(Set.of(StaffRole.DSL), asha, null))
                .expectException(refusedWith(LINE_MANAGER_IS_SELF))
                .expectNoEvents();
    }

    @Test
    void importsALeaversUnchangedRowAsNothingAndRefusesChangesToIt() {
        LocalDate lastDay = LocalDate.of(2025, 12, 19);
        fixture.given(ashaJoined(), new StaffMemberLeft(asha, oakfield, lastDay))
                .when(ashasRow(Set.of(), null, lastDay))
                .expectNoEvents()
                .expectResultMessagePayload(StaffImportOutcome.UNCHANGED);
        fixture.given(ashaJoined(), new StaffMemberLeft(asha, oakfield, lastDay))
                .when(ashasRow(Set.of(), null, null))
                .expectException(refusedWith(STAFF_MEMBER_HAS_LEFT));
    }

    @Test
    void grantsARoleForTheTrustOfThePersonsSchoolOnceAndRecordsWhoGrantedIt() {
        TrustId trust = new TrustId(UUID.randomUUID());
        directory.knowsSchoolInTrust(oakfield, trust);
        UUID ceo = UUID.randomUUID();
        Map<String, String> byTheCeo = Map.of(MetadataKeys.ACTOR_ID, ceo.toString());
        fixture.given(ashaJoined())
                .when(new GrantAccess(asha, AccessRole.HR, AccessScope.TRUST), byTheCeo)
                .expectEvents(new AccessGranted(asha, oakfield, trust, AccessRole.HR, AccessScope.TRUST, ceo,
                        IMPORT_DAY));
        fixture.given(ashaJoined(), new AccessGranted(asha, oakfield, trust, AccessRole.HR, AccessScope.TRUST, ceo,
                        IMPORT_DAY))
                .when(new GrantAccess(asha, AccessRole.HR, AccessScope.TRUST), byTheCeo)
                .expectNoEvents();
    }

    @Test
    void grantsASchoolRoleWithoutATrust() {
        UUID head = UUID.randomUUID();
        fixture.given(ashaJoined())
                .when(new GrantAccess(asha, AccessRole.SENIOR_LEADER, AccessScope.SCHOOL),
                        Map.of(MetadataKeys.ACTOR_ID, head.toString()))
                .expectEvents(new AccessGranted(asha, oakfield, null, AccessRole.SENIOR_LEADER, AccessScope.SCHOOL,
                        head, IMPORT_DAY));
    }

    @Test
    void refusesARoleForAScopeItIsNotHeldForOrATrustTheSchoolIsNotIn() {
        Map<String, String> byTheHead = Map.of(MetadataKeys.ACTOR_ID, UUID.randomUUID().toString());
        fixture.given(ashaJoined())
                .when(new GrantAccess(asha, AccessRole.TRUST_LEADER, AccessScope.SCHOOL), byTheHead)
                .expectException(refusedWith(ROLE_NOT_HELD_FOR_SCOPE));
        fixture.given(ashaJoined())
                .when(new GrantAccess(asha, AccessRole.GOVERNOR, AccessScope.TRUST), byTheHead)
                .expectException(refusedWith(ROLE_NOT_HELD_FOR_SCOPE));
        fixture.given(ashaJoined())
                .when(new GrantAccess(asha, AccessRole.PAY, AccessScope.TRUST), byTheHead)
                .expectException(refusedWith(SCHOOL_NOT_IN_A_TRUST));
        fixture.given(ashaJoined(), new StaffMemberLeft(asha, oakfield, LocalDate.of(2025, 12, 19)))
                .when(new GrantAccess(asha, AccessRole.PAY, AccessScope.SCHOOL), byTheHead)
                .expectException(refusedWith(STAFF_MEMBER_HAS_LEFT));
    }

    @Test
    void revokesOnlyARoleThatIsHeld() {
        UUID head = UUID.randomUUID();
        Map<String, String> byTheHead = Map.of(MetadataKeys.ACTOR_ID, head.toString());
        AccessGranted pay = new AccessGranted(asha, oakfield, null, AccessRole.PAY, AccessScope.SCHOOL, head,
                SEPTEMBER);
        fixture.given(ashaJoined(), pay)
                .when(new RevokeAccess(asha, AccessRole.PAY, AccessScope.SCHOOL), byTheHead)
                .expectEvents(new AccessRevoked(asha, oakfield, AccessRole.PAY, AccessScope.SCHOOL, head,
                        IMPORT_DAY));
        fixture.given(ashaJoined(), pay)
                .when(new RevokeAccess(asha, AccessRole.HR, AccessScope.SCHOOL), byTheHead)
                .expectNoEvents();
    }
}
