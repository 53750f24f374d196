package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.StartAppraisal;
import dev.heartwood.appraisal.directory.KnownDirectory;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static dev.heartwood.appraisal.Refusals.refusedWith;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_ALREADY_STARTED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISER_AT_ANOTHER_SCHOOL;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISER_IS_APPRAISEE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISER_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_ALREADY_SET;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;

class AppraisalTest {

    private static final AcademicYear THIS_YEAR = AcademicYear.parse("2025/26");
    // 23:30 UTC on 30 September is already 1 October in London, where the school keeps its dates
    private static final Clock LATE_ON_30_SEPTEMBER = Clock.fixed(Instant.parse("2025-09-30T23:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate FIRST_OF_OCTOBER = LocalDate.of(2025, 10, 1);

    private final AggregateTestFixture<Appraisal> fixture = new AggregateTestFixture<>(Appraisal.class);
    private final KnownDirectory directory = new KnownDirectory();
    private final Set<String> appraisalsStarted = new HashSet<>();

    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final SchoolId elmside = new SchoolId(UUID.randomUUID());
    private final StaffId teacher = new StaffId(UUID.randomUUID());
    private final StaffId deputyHead = new StaffId(UUID.randomUUID());
    private final AppraisalId appraisal = new AppraisalId(UUID.randomUUID());
    private final ObjectiveId readingObjective = new ObjectiveId(UUID.randomUUID());

    AppraisalTest() {
        directory.knowsStaffMember(teacher, oakfield).knowsStaffMember(deputyHead, oakfield);
        AppraisalRegister register = (appraisee, year) -> appraisalsStarted.contains(appraisee + " " + year);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(register);
        fixture.registerInjectableResource(LATE_ON_30_SEPTEMBER);
    }

    private AppraisalStarted startedByTheDeputyHead() {
        return new AppraisalStarted(appraisal, oakfield, teacher, deputyHead, THIS_YEAR, FIRST_OF_OCTOBER);
    }

    private SetObjective readingObjective(String successCriteria) {
        return new SetObjective(appraisal, readingObjective, PersonalText.of("Raise Year 4 reading fluency"),
                PersonalText.of(successCriteria));
    }

    @Test
    void startsAnAppraisalWithAnAppraiserFromTheSameSchoolOnTheSchoolsDate() {
        fixture.givenNoPriorActivity()
                .when(new StartAppraisal(appraisal, teacher, deputyHead, THIS_YEAR))
                .expectEvents(startedByTheDeputyHead());
    }

    @Test
    void refusesAnAppraiserWhoWouldAppraiseThemselves() {
        fixture.givenNoPriorActivity()
                .when(new StartAppraisal(appraisal, teacher, teacher, THIS_YEAR))
                .expectException(refusedWith(APPRAISER_IS_APPRAISEE))
                .expectNoEvents();
    }

    @Test
    void refusesAnAppraiserFromAnotherSchool() {
        StaffId elmsideHead = new StaffId(UUID.randomUUID());
        directory.knowsStaffMember(elmsideHead, elmside);

        fixture.givenNoPriorActivity()
                .when(new StartAppraisal(appraisal, teacher, elmsideHead, THIS_YEAR))
                .expectException(refusedWith(APPRAISER_AT_ANOTHER_SCHOOL))
                .expectNoEvents();
    }

    @Test
    void refusesAnAppraiseeWhoIsNotInTheDirectory() {
        fixture.givenNoPriorActivity()
                .when(new StartAppraisal(appraisal, new StaffId(UUID.randomUUID()), deputyHead, THIS_YEAR))
                .expectException(refusedWith(STAFF_MEMBER_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void refusesAnAppraiserWhoIsNotInTheDirectory() {
        fixture.givenNoPriorActivity()
                .when(new StartAppraisal(appraisal, teacher, new StaffId(UUID.randomUUID()), THIS_YEAR))
                .expectException(refusedWith(APPRAISER_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void refusesASecondAppraisalForTheSamePersonAndYear() {
        appraisalsStarted.add(teacher + " " + THIS_YEAR);

        fixture.givenNoPriorActivity()
                .when(new StartAppraisal(appraisal, teacher, deputyHead, THIS_YEAR))
                .expectException(refusedWith(APPRAISAL_ALREADY_STARTED))
                .expectNoEvents();
    }

    @Test
    void setsAnObjectiveWithItsSuccessCriteria() {
        fixture.given(startedByTheDeputyHead())
                .when(readingObjective("80% of the class at expected standard by July"))
                .expectEvents(new ObjectiveSet(appraisal, oakfield, teacher, readingObjective,
                        PersonalText.of("Raise Year 4 reading fluency"),
                        PersonalText.of("80% of the class at expected standard by July"), FIRST_OF_OCTOBER));
    }

    @Test
    void takesTheSameObjectiveSentAgainAsARetry() {
        fixture.given(startedByTheDeputyHead(), new ObjectiveSet(appraisal, oakfield, teacher, readingObjective,
                        PersonalText.of("Raise Year 4 reading fluency"),
                        PersonalText.of("80% of the class at expected standard by July"), FIRST_OF_OCTOBER))
                .when(readingObjective("80% of the class at expected standard by July"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesToOverwriteAnObjectiveAlreadySet() {
        fixture.given(startedByTheDeputyHead(), new ObjectiveSet(appraisal, oakfield, teacher, readingObjective,
                        PersonalText.of("Raise Year 4 reading fluency"),
                        PersonalText.of("80% of the class at expected standard by July"), FIRST_OF_OCTOBER))
                .when(readingObjective("All of the class at expected standard"))
                .expectException(refusedWith(OBJECTIVE_ALREADY_SET))
                .expectNoEvents();
    }
}
