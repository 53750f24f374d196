package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AgreeObjectives;
import dev.heartwood.appraisal.api.AppointExternalAdviser;
import dev.heartwood.appraisal.api.AppointGovernorsPanel;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.ConsultationStage;
import dev.heartwood.appraisal.api.ExternalAdviserAppointed;
import dev.heartwood.appraisal.api.ExternalAdviserConsulted;
import dev.heartwood.appraisal.api.GovernorsPanelAppointed;
import dev.heartwood.appraisal.api.ObjectiveOutcome;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.RecordExternalAdviserConsulted;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.SignOffReview;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.StaffId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.heartwood.testing.Refusals.refusedWith;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.DATE_OUT_OF_ORDER;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.EXTERNAL_ADVISER_NOT_APPOINTED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.EXTERNAL_ADVISER_NOT_CONSULTED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.GOVERNORS_PANEL_REQUIRED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.HEADTEACHER_APPRAISAL_ONLY;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PANEL_CHAIR_NOT_MEMBER;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PANEL_MEMBER_NOT_GOVERNOR;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PANEL_SIZE;

class HeadteacherAppraisalTest extends AppraisalYear {

    private final StaffId head = new StaffId(UUID.randomUUID());
    private final StaffId chair = new StaffId(UUID.randomUUID());
    private final StaffId viceChair = new StaffId(UUID.randomUUID());
    private final StaffId parentGovernor = new StaffId(UUID.randomUUID());
    private final PersonalText adviser = PersonalText.of("Dr Ruth Ellis");

    HeadteacherAppraisalTest() {
        directory.knowsStaffMember(head, oakfield, StaffCategory.HEADTEACHER)
                .knowsStaffMember(chair, oakfield, StaffCategory.GOVERNOR)
                .knowsStaffMember(viceChair, oakfield, StaffCategory.GOVERNOR)
                .knowsStaffMember(parentGovernor, oakfield, StaffCategory.GOVERNOR);
    }

    private AppraisalStarted headStarted(boolean adviserRequired) {
        return new AppraisalStarted(appraisal, cycle, oakfield, YEAR, head, chair, StaffCategory.HEADTEACHER,
                StandardsFramework.HEADTEACHERS_STANDARDS_2020, PayPolicy.PERFORMANCE_RELATED, 2, adviserRequired,
                SEPTEMBER);
    }

    private GovernorsPanelAppointed panel() {
        return new GovernorsPanelAppointed(appraisal, oakfield, List.of(chair, viceChair), chair, SEPTEMBER);
    }

    private ObjectiveSet schoolImprovement() {
        return new ObjectiveSet(appraisal, oakfield, head, reading, PersonalText.of("Lead the reading strategy"),
                PersonalText.of("Ofsted reading deep dive good"), List.of("HS8"), List.of(), SEPTEMBER);
    }

    private ExternalAdviserConsulted consulted(ConsultationStage stage) {
        return new ExternalAdviserConsulted(appraisal, oakfield, stage, null, SEPTEMBER);
    }

    @Test
    void appointsAPanelOfTwoOrThreeGovernorsWithAChair() {
        fixture.given(headStarted(true))
                .when(new AppointGovernorsPanel(appraisal, List.of(chair, viceChair), chair, null))
                .expectEvents(new GovernorsPanelAppointed(appraisal, oakfield, List.of(chair, viceChair), chair, TODAY));
    }

    @Test
    void refusesAPanelOfTheWrongSizeWithoutItsChairOrWithSomeoneWhoIsNotAGovernor() {
        fixture.given(headStarted(true)).when(new AppointGovernorsPanel(appraisal, List.of(chair), chair, null))
                .expectException(refusedWith(PANEL_SIZE));
        fixture.given(headStarted(true))
                .when(new AppointGovernorsPanel(appraisal, List.of(chair, viceChair, parentGovernor, deputyHead), chair, null))
                .expectException(refusedWith(PANEL_SIZE));
        fixture.given(headStarted(true)).when(new AppointGovernorsPanel(appraisal, List.of(chair, viceChair), parentGovernor, null))
                .expectException(refusedWith(PANEL_CHAIR_NOT_MEMBER));
        fixture.given(headStarted(true)).when(new AppointGovernorsPanel(appraisal, List.of(chair, deputyHead), chair, null))
                .expectException(refusedWith(PANEL_MEMBER_NOT_GOVERNOR));
    }

    @Test
    void panelsAndAdvisersBelongOnlyToTheHeadteachersAppraisal() {
        fixture.given(started()).when(new AppointGovernorsPanel(appraisal, List.of(chair, viceChair), chair, null))
                .expectException(refusedWith(HEADTEACHER_APPRAISAL_ONLY));
        fixture.given(started()).when(new AppointExternalAdviser(appraisal, adviser, "Local authority", null))
                .expectException(refusedWith(HEADTEACHER_APPRAISAL_ONLY));
    }

    @Test
    void theHeadteachersObjectivesWaitForThePanel() {
        SetObjective objective = new SetObjective(appraisal, reading, PersonalText.of("Lead the reading strategy"),
                PersonalText.of("Ofsted reading deep dive good"), List.of("HS8"), List.of(), null);
        fixture.given(headStarted(true)).when(objective).expectException(refusedWith(GOVERNORS_PANEL_REQUIRED));
        fixture.given(headStarted(true), panel()).when(objective).expectSuccessfulHandlerExecution();
    }

    @Test
    void appointsTheExternalAdviser() {
        fixture.given(headStarted(true), panel())
                .when(new AppointExternalAdviser(appraisal, adviser, "Local authority", null))
                .expectEvents(new ExternalAdviserAppointed(appraisal, oakfield, adviser, "Local authority", TODAY));
    }

    @Test
    void consultingTheAdviserNeedsOneAppointed() {
        fixture.given(headStarted(true), panel())
                .when(new RecordExternalAdviserConsulted(appraisal, ConsultationStage.OBJECTIVE_SETTING, null, null))
                .expectException(refusedWith(EXTERNAL_ADVISER_NOT_APPOINTED));
        fixture.given(headStarted(true), panel(), new ExternalAdviserAppointed(appraisal, oakfield, adviser,
                        "Local authority", SEPTEMBER))
                .when(new RecordExternalAdviserConsulted(appraisal, ConsultationStage.OBJECTIVE_SETTING,
                        PersonalText.of("Stretching but fair"), null))
                .expectEvents(new ExternalAdviserConsulted(appraisal, oakfield, ConsultationStage.OBJECTIVE_SETTING,
                        PersonalText.of("Stretching but fair"), TODAY));
    }

    @Test
    void aMaintainedSchoolsGovernorsConsultTheAdviserBeforeObjectivesAreAgreed() {
        fixture.given(headStarted(true), panel(), schoolImprovement())
                .when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISER, null))
                .expectException(refusedWith(EXTERNAL_ADVISER_NOT_CONSULTED));
        fixture.given(headStarted(true), panel(), schoolImprovement(), consulted(ConsultationStage.OBJECTIVE_SETTING))
                .when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISER, null))
                .expectEvents(new ObjectivesAgreed(appraisal, oakfield, AppraisalParty.APPRAISER, List.of(reading),
                        TODAY));
    }

    @Test
    void anAcademysHeadteacherNeedsNoExternalAdviser() {
        fixture.given(headStarted(false), panel(), schoolImprovement())
                .when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISER, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aMaintainedSchoolsGovernorsConsultTheAdviserBeforeTheFinalReviewIsSignedOff() {
        Object[] reported = {headStarted(true), panel(), schoolImprovement(),
                consulted(ConsultationStage.OBJECTIVE_SETTING), finalReview(),
                new ObjectiveOutcomeRecorded(appraisal, oakfield, reading, ObjectiveOutcome.MET, null, TODAY),
                new AppraisalReportIssued(appraisal, oakfield, PersonalText.of("Strong"), null, TODAY)};
        fixture.given(reported)
                .when(new SignOffReview(appraisal, AppraisalParty.APPRAISER, null, null))
                .expectException(refusedWith(EXTERNAL_ADVISER_NOT_CONSULTED));
        fixture.given(reported).andGiven(consulted(ConsultationStage.FINAL_REVIEW))
                .when(new SignOffReview(appraisal, AppraisalParty.APPRAISER, null, null))
                .expectEvents(new ReviewSignedOff(appraisal, oakfield, AppraisalParty.APPRAISER, null, TODAY));
    }

    @Test
    void eachStepOfTheGovernorsSideIsNotDatedBeforeTheStepItWaitsFor() {
        LocalDate october = LocalDate.of(2025, 10, 6);
        GovernorsPanelAppointed panelInOctober = new GovernorsPanelAppointed(appraisal, oakfield,
                List.of(chair, viceChair), chair, october);
        fixture.given(headStarted(true), panelInOctober)
                .when(new SetObjective(appraisal, reading, PersonalText.of("Lead the reading strategy"),
                        PersonalText.of("Ofsted reading deep dive good"), List.of("HS8"), List.of(),
                        october.minusDays(1)))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
        ExternalAdviserAppointed adviserInOctober = new ExternalAdviserAppointed(appraisal, oakfield, adviser,
                "Local authority", october);
        fixture.given(headStarted(true), panelInOctober, adviserInOctober)
                .when(new RecordExternalAdviserConsulted(appraisal, ConsultationStage.OBJECTIVE_SETTING, null,
                        october.minusDays(1)))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
        fixture.given(headStarted(true), panelInOctober, adviserInOctober, schoolImprovement(),
                        new ExternalAdviserConsulted(appraisal, oakfield, ConsultationStage.OBJECTIVE_SETTING, null,
                                october.plusDays(7)))
                .when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISER, october.plusDays(6)))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
    }
}
