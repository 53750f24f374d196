package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.AddSchoolPriority;
import dev.heartwood.appraisal.api.RegisterSchool;
import dev.heartwood.appraisal.api.RegisterTrust;
import dev.heartwood.appraisal.api.SchoolPriorityAdded;
import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.TrustRegistered;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.heartwood.testing.Refusals.refusedWith;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PRIORITY_ALREADY_ADDED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.TRUST_NOT_FOUND;

class SchoolTest {

    private final AggregateTestFixture<School> fixture = new AggregateTestFixture<>(School.class);
    private final KnownDirectory directory = new KnownDirectory();
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final TrustId riverTrust = new TrustId(UUID.randomUUID());
    private final PriorityId reading = new PriorityId(UUID.randomUUID());
    private final AcademicYear thisYear = AcademicYear.parse("2025/26");

    SchoolTest() {
        fixture.registerInjectableResource(directory);
    }

    @Test
    void registersAnAcademyInItsTrust() {
        directory.knowsTrust(riverTrust);

        fixture.givenNoPriorActivity()
                .when(new RegisterSchool(oakfield, riverTrust, "Oakfield Primary", SchoolType.ACADEMY))
                .expectEvents(new SchoolRegistered(oakfield, riverTrust, "Oakfield Primary", SchoolType.ACADEMY));
    }

    @Test
    void registersAStandaloneMaintainedSchool() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSchool(oakfield, null, "Oakfield Primary", SchoolType.MAINTAINED))
                .expectEvents(new SchoolRegistered(oakfield, null, "Oakfield Primary", SchoolType.MAINTAINED));
    }

    @Test
    void refusesASchoolInATrustThatIsNotRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSchool(oakfield, riverTrust, "Oakfield Primary", SchoolType.ACADEMY))
                .expectException(refusedWith(TRUST_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void addsAnImprovementPriorityForTheYear() {
        fixture.given(new SchoolRegistered(oakfield, null, "Oakfield Primary", SchoolType.MAINTAINED))
                .when(new AddSchoolPriority(oakfield, reading, thisYear, "Reading for pleasure"))
                .expectEvents(new SchoolPriorityAdded(oakfield, reading, thisYear, "Reading for pleasure"));
    }

    @Test
    void takesThePrioritySentAgainAsARetryButRefusesOtherWordsUnderItsIdentifier() {
        fixture.given(new SchoolRegistered(oakfield, null, "Oakfield Primary", SchoolType.MAINTAINED),
                        new SchoolPriorityAdded(oakfield, reading, thisYear, "Reading for pleasure"))
                .when(new AddSchoolPriority(oakfield, reading, thisYear, "Reading for pleasure"))
                .expectNoEvents();
        fixture.given(new SchoolRegistered(oakfield, null, "Oakfield Primary", SchoolType.MAINTAINED),
                        new SchoolPriorityAdded(oakfield, reading, thisYear, "Reading for pleasure"))
                .when(new AddSchoolPriority(oakfield, reading, thisYear, "Writing"))
                .expectException(refusedWith(PRIORITY_ALREADY_ADDED));
    }

    @Test
    void registersATrust() {
        new AggregateTestFixture<>(Trust.class).givenNoPriorActivity()
                .when(new RegisterTrust(riverTrust, "River Learning Trust"))
                .expectEvents(new TrustRegistered(riverTrust, "River Learning Trust"));
    }
}
