package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.ChangeStaffCategory;
import dev.heartwood.appraisal.api.ChangeStaffDetails;
import dev.heartwood.appraisal.api.ImportStaffMember;
import dev.heartwood.appraisal.api.LinkSignInIdentity;
import dev.heartwood.appraisal.api.RegisterStaffMember;
import dev.heartwood.appraisal.api.SignInIdentity;
import dev.heartwood.appraisal.api.SignInIdentityLinked;
import dev.heartwood.appraisal.api.SignInIdentityUnlinked;
import dev.heartwood.appraisal.api.SignInLinkedBy;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffDetailsChanged;
import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.UnlinkSignInIdentity;
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
import static dev.heartwood.appraisal.api.AppraisalErrorCode.EMAIL_ALREADY_USED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OWN_RECORD;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SIGN_IN_ALREADY_LINKED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_HAS_LEFT;

/**
 * Whose a staff record is: an address names one current person in a trust, no one rewrites their own record, and a
 * record opens to the identity it was first linked to until an administrator says otherwise.
 */
class StaffIdentityTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 12);
    private static final PersonalText ASHA = PersonalText.of("Asha Patel");
    private static final PersonalText ASHA_EMAIL = PersonalText.of("a.patel@oakfield.sch.uk");
    private static final SignInIdentity ASHAS_ACCOUNT = new SignInIdentity("https://login.example",
            PersonalText.of("00000000-asha"));
    private static final SignInIdentity ANOTHER_ACCOUNT = new SignInIdentity("https://login.example",
            PersonalText.of("00000000-other"));

    private final AggregateTestFixture<StaffMember> fixture = new AggregateTestFixture<>(StaffMember.class);
    private final KnownDirectory directory = new KnownDirectory();
    private final TrustId trust = new TrustId(UUID.randomUUID());
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final SchoolId elmside = new SchoolId(UUID.randomUUID());
    private final StaffId asha = new StaffId(UUID.randomUUID());
    private final StaffId hrOfficer = new StaffId(UUID.randomUUID());
    private final Map<String, Object> byHr = Map.of(MetadataKeys.ACTOR_ID, hrOfficer.value().toString());
    private final Map<String, Object> byAsha = Map.of(MetadataKeys.ACTOR_ID, asha.value().toString());

    StaffIdentityTest() {
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-01-12T09:00:00Z"), ZoneOffset.UTC));
        directory.knowsSchoolInTrust(oakfield, trust).knowsSchoolInTrust(elmside, trust)
                .knowsStaffMember(hrOfficer, oakfield)
                .knowsAddress(oakfield, "h.reed@oakfield.sch.uk", hrOfficer);
    }

    private StaffMemberRegistered ashaJoined() {
        return new StaffMemberRegistered(asha, oakfield, "MIS-17", ASHA, ASHA_EMAIL, StaffCategory.TEACHER,
                SEPTEMBER, BigDecimal.ONE);
    }

    private RegisterStaffMember register(SchoolId school, String email, StaffCategory category) {
        return new RegisterStaffMember(asha, school, null, ASHA, PersonalText.of(email), category, SEPTEMBER,
                BigDecimal.ONE);
    }

    @Test
    void refusesToRegisterAnAddressThatACurrentColleagueOfTheTrustHasHoweverItIsWritten() {
        fixture.givenNoPriorActivity()
                .when(register(elmside, "H.Reed@Oakfield.sch.uk", StaffCategory.HEADTEACHER), byHr)
                .expectException(refusedWith(EMAIL_ALREADY_USED))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(register(elmside, "ｈ.reed@oakfield.sch.uk", StaffCategory.TEACHER), byHr)
                .expectException(refusedWith(EMAIL_ALREADY_USED));
    }

    @Test
    void registersAnAddressThatOnlySomeoneOutsideTheTrustHas() {
        SchoolId standalone = new SchoolId(UUID.randomUUID());
        directory.knowsSchool(standalone);

        fixture.givenNoPriorActivity()
                .when(register(standalone, "h.reed@oakfield.sch.uk", StaffCategory.TEACHER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesToChangeAnAddressToOneAColleagueHasButNotToAnotherWritingOfItsOwn() {
        directory.knowsAddress(oakfield, ASHA_EMAIL.text(), asha);

        fixture.given(ashaJoined())
                .when(new ChangeStaffDetails(asha, ASHA, PersonalText.of("h.reed@oakfield.sch.uk")), byHr)
                .expectException(refusedWith(EMAIL_ALREADY_USED))
                .expectNoEvents();
        fixture.given(ashaJoined())
                .when(new ChangeStaffDetails(asha, ASHA, PersonalText.of("A.Patel@oakfield.sch.uk")), byHr)
                .expectEvents(new StaffDetailsChanged(asha, oakfield, ASHA,
                        PersonalText.of("A.Patel@oakfield.sch.uk")));
    }

    @Test
    void refusesAPersonsChangeOfTheirOwnNameAddressOrCategory() {
        fixture.given(ashaJoined())
                .when(new ChangeStaffDetails(asha, ASHA, PersonalText.of("asha@home.example")), byAsha)
                .expectException(refusedWith(OWN_RECORD));
        fixture.given(ashaJoined())
                .when(new ChangeStaffCategory(asha, StaffCategory.HEADTEACHER, TODAY), byAsha)
                .expectException(refusedWith(OWN_RECORD));
    }

    @Test
    void refusesAnImportedRowThatChangesTheImportersOwnRecordButNotOneThatLeavesItAsItIs() {
        ImportStaffMember promoted = new ImportStaffMember(asha, oakfield, "MIS-17", ASHA, ASHA_EMAIL,
                StaffCategory.HEADTEACHER, Set.of(), SEPTEMBER, BigDecimal.ONE, null, null);
        ImportStaffMember unchanged = new ImportStaffMember(asha, oakfield, "MIS-17", ASHA, ASHA_EMAIL,
                StaffCategory.TEACHER, Set.of(), SEPTEMBER, BigDecimal.ONE, null, null);

        fixture.given(ashaJoined()).when(promoted, byAsha)
                .expectException(refusedWith(OWN_RECORD))
                .expectNoEvents();
        fixture.given(ashaJoined()).when(unchanged, byAsha)
                .expectNoEvents();
    }

    @Test
    void linksTheFirstIdentityOnceAndRefusesAnotherOnASignIn() {
        SignInIdentityLinked linked = new SignInIdentityLinked(asha, oakfield, ASHAS_ACCOUNT,
                SignInLinkedBy.FIRST_SIGN_IN, TODAY);

        fixture.given(ashaJoined())
                .when(new LinkSignInIdentity(asha, ASHAS_ACCOUNT, SignInLinkedBy.FIRST_SIGN_IN))
                .expectEvents(linked);
        fixture.given(ashaJoined(), linked)
                .when(new LinkSignInIdentity(asha, ASHAS_ACCOUNT, SignInLinkedBy.FIRST_SIGN_IN))
                .expectNoEvents();
        fixture.given(ashaJoined(), linked)
                .when(new LinkSignInIdentity(asha, ANOTHER_ACCOUNT, SignInLinkedBy.FIRST_SIGN_IN))
                .expectException(refusedWith(SIGN_IN_ALREADY_LINKED));
    }

    @Test
    void letsAnAdministratorLinkAnotherIdentityOrUnlinkIt() {
        SignInIdentityLinked linked = new SignInIdentityLinked(asha, oakfield, ASHAS_ACCOUNT,
                SignInLinkedBy.FIRST_SIGN_IN, TODAY);

        fixture.given(ashaJoined(), linked)
                .when(new LinkSignInIdentity(asha, ANOTHER_ACCOUNT, SignInLinkedBy.ADMINISTRATOR))
                .expectEvents(new SignInIdentityLinked(asha, oakfield, ANOTHER_ACCOUNT, SignInLinkedBy.ADMINISTRATOR,
                        TODAY));
        fixture.given(ashaJoined(), linked)
                .when(new UnlinkSignInIdentity(asha))
                .expectEvents(new SignInIdentityUnlinked(asha, oakfield, TODAY));
        fixture.given(ashaJoined())
                .when(new UnlinkSignInIdentity(asha))
                .expectNoEvents();
    }

    @Test
    void linksNoIdentityToSomeoneWhoHasLeft() {
        fixture.given(ashaJoined(), new StaffMemberLeft(asha, oakfield, LocalDate.of(2025, 12, 19)))
                .when(new LinkSignInIdentity(asha, ASHAS_ACCOUNT, SignInLinkedBy.FIRST_SIGN_IN))
                .expectException(refusedWith(STAFF_MEMBER_HAS_LEFT));
    }
}
