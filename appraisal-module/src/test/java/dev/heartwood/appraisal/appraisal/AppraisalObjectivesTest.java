package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AgreeObjectives;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.ObjectivesDisagreementRecorded;
import dev.heartwood.appraisal.api.RecordObjectivesDisagreement;
import dev.heartwood.appraisal.api.ReviseObjective;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.WithdrawObjective;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.heartwood.testing.Refusals.refusedWith;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.NOT_THAT_PARTY;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.NO_OBJECTIVES_TO_AGREE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVES_LOCKED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_ALREADY_SET;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_WITHDRAWN;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PRIORITY_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STANDARD_NOT_IN_FRAMEWORK;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.TOO_MANY_OBJECTIVES;

class AppraisalObjectivesTest extends AppraisalYear {

    private static final PersonalText PHONICS = PersonalText.of("Lead phonics in Key Stage 1");
    private static final PersonalText PHONICS_CRITERIA = PersonalText.of("Screening check results at 85%");

    private SetObjective setPhonics(List<String> standards, List<PriorityId> priorities) {
        return new SetObjective(appraisal, phonics, PHONICS, PHONICS_CRITERIA, standards, priorities, null);
    }

    private ObjectiveSet phonicsSet() {
        return new ObjectiveSet(appraisal, oakfield, teacher, phonics, PHONICS, PHONICS_CRITERIA, List.of(),
                List.of(), SEPTEMBER);
    }

    private ReviseObjective reviseReading(String criteria) {
        return new ReviseObjective(appraisal, reading, PersonalText.of("Raise Year 4 reading fluency"),
                PersonalText.of(criteria), List.of("TS2"), List.of(readingPriority),
                PersonalText.of("Class changed in January"), null);
    }

    @Test
    void setsAnObjectiveLinkedToAStandardAndASchoolPriority() {
        ObjectiveSet expected = new ObjectiveSet(appraisal, oakfield, teacher, reading,
                PersonalText.of("Raise Year 4 reading fluency"), PersonalText.of("80% at the expected standard by July"),
                List.of("TS2"), List.of(readingPriority), TODAY);
        fixture.given(started()).when(setReading()).expectEvents(expected);
    }

    @Test
    void takesTheSameObjectiveSentAgainAsARetryAndRefusesOtherWordsUnderItsIdentifier() {
        fixture.given(started(), readingSet()).when(setReading()).expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(started(), readingSet())
                .when(new SetObjective(appraisal, reading, PHONICS, PHONICS_CRITERIA, List.of(), List.of(), null))
                .expectException(refusedWith(OBJECTIVE_ALREADY_SET));
    }

    @Test
    void refusesMoreObjectivesThanTheCycleAllows() {
        ObjectiveId third = new ObjectiveId(UUID.randomUUID());
        fixture.given(started(), readingSet(), phonicsSet())
                .when(new SetObjective(appraisal, third, PHONICS, PHONICS_CRITERIA, List.of(), List.of(), null))
                .expectException(refusedWith(TOO_MANY_OBJECTIVES));
        fixture.given(started(), readingSet(), phonicsSet(),
                        new ObjectiveWithdrawn(appraisal, oakfield, phonics, PersonalText.of("New role"), SEPTEMBER))
                .when(new SetObjective(appraisal, third, PHONICS, PHONICS_CRITERIA, List.of(), List.of(), null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesLinksToAStandardOutsideTheFrameworkOrAPriorityTheSchoolDoesNotHave() {
        fixture.given(started()).when(setPhonics(List.of("HS8"), List.of()))
                .expectException(refusedWith(STANDARD_NOT_IN_FRAMEWORK));
        fixture.given(started()).when(setPhonics(List.of(), List.of(new PriorityId(UUID.randomUUID()))))
                .expectException(refusedWith(PRIORITY_NOT_FOUND));
    }

    @Test
    void agreesTheObjectivesPartyByParty() {
        fixture.given(started(), readingSet())
                .when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISEE, null))
                .expectEvents(new ObjectivesAgreed(appraisal, oakfield, AppraisalParty.APPRAISEE, List.of(reading),
                        TODAY));
        fixture.given(started(), readingSet(), agreedBy(AppraisalParty.APPRAISEE))
                .when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISEE, null))
                .expectNoEvents();
    }

    @Test
    void aPartySpeaksOnlyForTheirOwnSideUnlessAnAdministratorCorrectsTheRecord() {
        Map<String, String> theTeacher = Map.of(MetadataKeys.ACTOR_ID, teacher.value().toString(),
                MetadataKeys.ACTOR_ROLE, "STAFF");
        Map<String, String> herAppraiser = Map.of(MetadataKeys.ACTOR_ID, deputyHead.value().toString(),
                MetadataKeys.ACTOR_ROLE, "APPRAISER");
        fixture.given(started(), readingSet())
                .when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISER, null), theTeacher)
                .expectException(refusedWith(NOT_THAT_PARTY));
        fixture.given(started(), readingSet())
                .when(new RecordObjectivesDisagreement(appraisal, AppraisalParty.APPRAISEE,
                        PersonalText.of("Not mine to say"), null), herAppraiser)
                .expectException(refusedWith(NOT_THAT_PARTY));
        fixture.given(started(), readingSet())
                .when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISER, null), herAppraiser)
                .expectEvents(new ObjectivesAgreed(appraisal, oakfield, AppraisalParty.APPRAISER, List.of(reading),
                        TODAY));
        fixture.given(started(), readingSet())
                .when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISER, null),
                        Map.of(MetadataKeys.ACTOR_ID, UUID.randomUUID().toString(),
                                MetadataKeys.ACTOR_ROLE, "ADMINISTRATOR"))
                .expectEvents(new ObjectivesAgreed(appraisal, oakfield, AppraisalParty.APPRAISER, List.of(reading),
                        TODAY));
    }

    @Test
    void refusesToAgreeWhenNoObjectivesAreSet() {
        fixture.given(started()).when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISER, null))
                .expectException(refusedWith(NO_OBJECTIVES_TO_AGREE));
    }

    @Test
    void recordsADisagreementInWriting() {
        PersonalText statement = PersonalText.of("The target does not allow for the class's starting point");
        fixture.given(started(), readingSet())
                .when(new RecordObjectivesDisagreement(appraisal, AppraisalParty.APPRAISEE, statement, null))
                .expectEvents(new ObjectivesDisagreementRecorded(appraisal, oakfield, AppraisalParty.APPRAISEE,
                        statement, TODAY));
    }

    @Test
    void aRevisedObjectiveNeedsAgreeingAgain() {
        fixture.given(started(), readingSet(), agreedBy(AppraisalParty.APPRAISEE), agreedBy(AppraisalParty.APPRAISER))
                .when(reviseReading("70% at the expected standard by July"))
                .expectEvents(new ObjectiveRevised(appraisal, oakfield, reading,
                        PersonalText.of("Raise Year 4 reading fluency"),
                        PersonalText.of("70% at the expected standard by July"), List.of("TS2"),
                        List.of(readingPriority), PersonalText.of("Class changed in January"), TODAY));
        fixture.given(started(), readingSet(), agreedBy(AppraisalParty.APPRAISEE), agreedBy(AppraisalParty.APPRAISER),
                        new ObjectiveRevised(appraisal, oakfield, reading, PersonalText.of("Raise Year 4 reading fluency"),
                                PersonalText.of("70%"), List.of(), List.of(), PersonalText.of("Class changed"), TODAY))
                .when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISEE, null))
                .expectEvents(new ObjectivesAgreed(appraisal, oakfield, AppraisalParty.APPRAISEE, List.of(reading),
                        TODAY));
    }

    @Test
    void withdrawsAnObjectiveWithAReasonAndThenRefusesToReviseIt() {
        ObjectiveWithdrawn withdrawn = new ObjectiveWithdrawn(appraisal, oakfield, reading,
                PersonalText.of("Moved to Year 6"), TODAY);
        fixture.given(started(), readingSet())
                .when(new WithdrawObjective(appraisal, reading, PersonalText.of("Moved to Year 6"), null))
                .expectEvents(withdrawn);
        fixture.given(started(), readingSet(), withdrawn)
                .when(reviseReading("60%"))
                .expectException(refusedWith(OBJECTIVE_WITHDRAWN));
        fixture.given(started())
                .when(new WithdrawObjective(appraisal, phonics, PersonalText.of("Never set"), null))
                .expectException(refusedWith(OBJECTIVE_NOT_FOUND));
    }

    @Test
    void objectivesCannotChangeAfterTheFinalReview() {
        fixture.given(started(), readingSet(), finalReview()).when(setPhonics(List.of(), List.of()))
                .expectException(refusedWith(OBJECTIVES_LOCKED));
        fixture.given(started(), readingSet(), finalReview()).when(reviseReading("60%"))
                .expectException(refusedWith(OBJECTIVES_LOCKED));
        fixture.given(started(), readingSet(), finalReview())
                .when(new WithdrawObjective(appraisal, reading, PersonalText.of("Too late"), null))
                .expectException(refusedWith(OBJECTIVES_LOCKED));
    }
}
