package dev.heartwood.appraisal.appraisal;

import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.ActorRole;
import dev.heartwood.appraisal.api.SignOffReview;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AgreeObjectives;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.AppraisalTerminated;
import dev.heartwood.appraisal.api.ChangeAppraiser;
import dev.heartwood.appraisal.api.AppraiserChanged;
import dev.heartwood.appraisal.api.CommunicateStandards;
import dev.heartwood.appraisal.api.ExemptFromAppraisal;
import dev.heartwood.appraisal.api.ExemptionReason;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StandardsCommunicated;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.appraisal.api.StartAppraisal;
import dev.heartwood.appraisal.api.TerminateAppraisal;
import dev.heartwood.appraisal.cycle.CycleFacts;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static dev.heartwood.testing.Refusals.refusedWith;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_ALREADY_STARTED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_EXEMPT;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_TERMINATED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISER_HAS_LEFT;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISER_IS_APPRAISEE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISER_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.CYCLE_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.GOVERNORS_ARE_NOT_APPRAISED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.HEADTEACHER_APPRAISER_MUST_BE_GOVERNOR;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.NO_FRAMEWORK_FOR_CATEGORY;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.ON_INDUCTION;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_HAS_LEFT;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;

class AppraisalStartTest extends AppraisalYear {

    private StartAppraisal start(StaffId appraisee, StaffId appraiser) {
        return new StartAppraisal(appraisal, cycle, appraisee, appraiser);
    }

    @Test
    void startsATeachersAppraisalWithTheCyclesFrameworkAndPolicyOnTheSchoolsDate() {
        fixture.givenNoPriorActivity()
                .when(start(teacher, deputyHead))
                .expectEvents(new AppraisalStarted(appraisal, cycle, oakfield, YEAR, teacher, deputyHead,
                        StaffCategory.TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011,
                        PayPolicy.NOT_PERFORMANCE_RELATED, 2, false, TODAY));
    }

    @Test
    void requiresAnExternalAdviserForAMaintainedSchoolsHeadteacherAndAGovernorAsAppraiser() {
        StaffId head = new StaffId(UUID.randomUUID());
        StaffId chairOfGovernors = new StaffId(UUID.randomUUID());
        directory.knowsSchool(oakfield, SchoolType.MAINTAINED)
                .knowsStaffMember(head, oakfield, StaffCategory.HEADTEACHER)
                .knowsStaffMember(chairOfGovernors, oakfield, StaffCategory.GOVERNOR);

        fixture.givenNoPriorActivity()
                .when(start(head, deputyHead))
                .expectException(refusedWith(HEADTEACHER_APPRAISER_MUST_BE_GOVERNOR));
        fixture.givenNoPriorActivity()
                .when(start(head, chairOfGovernors))
                .expectEvents(new AppraisalStarted(appraisal, cycle, oakfield, YEAR, head, chairOfGovernors,
                        StaffCategory.HEADTEACHER, StandardsFramework.HEADTEACHERS_STANDARDS_2020,
                        PayPolicy.NOT_PERFORMANCE_RELATED, 2, true, TODAY));
    }

    @Test
    void refusesAnUnknownCycle() {
        fixture.givenNoPriorActivity()
                .when(new StartAppraisal(appraisal, new CycleId(UUID.randomUUID()), teacher, deputyHead))
                .expectException(refusedWith(CYCLE_NOT_FOUND));
    }

    @Test
    void refusesAnAppraiseeWhoIsUnknownElsewhereGoneAGovernorOrAlreadyAppraised() {
        SchoolId elmside = new SchoolId(UUID.randomUUID());
        StaffId elsewhere = new StaffId(UUID.randomUUID());
        StaffId leaver = new StaffId(UUID.randomUUID());
        StaffId governor = new StaffId(UUID.randomUUID());
        directory.knowsStaffMember(elsewhere, elmside).knowsStaffMember(leaver, oakfield)
                .left(leaver, LocalDate.of(2025, 12, 19))
                .knowsStaffMember(governor, oakfield, StaffCategory.GOVERNOR);
        appraisals.knows(teacher, cycle, new AppraisalId(UUID.randomUUID()));

        fixture.givenNoPriorActivity().when(start(new StaffId(UUID.randomUUID()), deputyHead))
                .expectException(refusedWith(STAFF_MEMBER_NOT_FOUND));
        fixture.givenNoPriorActivity().when(start(elsewhere, deputyHead))
                .expectException(refusedWith(STAFF_MEMBER_NOT_FOUND));
        fixture.givenNoPriorActivity().when(start(leaver, deputyHead))
                .expectException(refusedWith(STAFF_MEMBER_HAS_LEFT));
        fixture.givenNoPriorActivity().when(start(governor, deputyHead))
                .expectException(refusedWith(GOVERNORS_ARE_NOT_APPRAISED));
        fixture.givenNoPriorActivity().when(start(teacher, deputyHead))
                .expectException(refusedWith(APPRAISAL_ALREADY_STARTED))
                .expectNoEvents();
    }

    @Test
    void refusesAnAppraiserWhoIsTheAppraiseeUnknownElsewhereOrGone() {
        SchoolId elmside = new SchoolId(UUID.randomUUID());
        StaffId elsewhere = new StaffId(UUID.randomUUID());
        StaffId leaver = new StaffId(UUID.randomUUID());
        directory.knowsStaffMember(elsewhere, elmside).knowsStaffMember(leaver, oakfield)
                .left(leaver, LocalDate.of(2025, 12, 19));

        fixture.givenNoPriorActivity().when(start(teacher, teacher))
                .expectException(refusedWith(APPRAISER_IS_APPRAISEE));
        fixture.givenNoPriorActivity().when(start(teacher, new StaffId(UUID.randomUUID())))
                .expectException(refusedWith(APPRAISER_NOT_FOUND));
        fixture.givenNoPriorActivity().when(start(teacher, elsewhere))
                .expectException(refusedWith(APPRAISER_NOT_FOUND));
        fixture.givenNoPriorActivity().when(start(teacher, leaver))
                .expectException(refusedWith(APPRAISER_HAS_LEFT));
    }

    @Test
    void refusesAPersonWhoseCategoryTheCycleNamesNoStandardsFor() {
        StaffId teachingAssistant = new StaffId(UUID.randomUUID());
        directory.knowsStaffMember(teachingAssistant, oakfield, StaffCategory.SUPPORT_STAFF);

        fixture.givenNoPriorActivity().when(start(teachingAssistant, deputyHead))
                .expectException(refusedWith(NO_FRAMEWORK_FOR_CATEGORY));
    }

    @Test
    void refusesToAppraiseAnEarlyCareerTeacherServingInductionAndAppraisesThemOnceTheyAreATeacher() {
        StaffId newTeacher = new StaffId(UUID.randomUUID());
        cycles.knows(new CycleFacts(cycle, oakfield, YEAR, PayPolicy.NOT_PERFORMANCE_RELATED,
                Map.of(StaffCategory.TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011,
                        StaffCategory.EARLY_CAREER_TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011), 2));
        directory.knowsStaffMember(newTeacher, oakfield, StaffCategory.EARLY_CAREER_TEACHER);
        fixture.givenNoPriorActivity()
                .when(start(newTeacher, deputyHead))
                .expectException(refusedWith(ON_INDUCTION));

        directory.knowsStaffMember(newTeacher, oakfield, StaffCategory.TEACHER);
        fixture.givenNoPriorActivity()
                .when(start(newTeacher, deputyHead))
                .expectEvents(new AppraisalStarted(appraisal, cycle, oakfield, YEAR, newTeacher, deputyHead,
                        StaffCategory.TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011,
                        PayPolicy.NOT_PERFORMANCE_RELATED, 2, false, TODAY));
    }

    @Test
    void exemptsAnEarlyCareerTeacherInInductionAndThenRefusesAppraisalWork() {
        AppraisalExempted exempted = new AppraisalExempted(appraisal, cycle, oakfield, YEAR, teacher,
                ExemptionReason.INDUCTION, PersonalText.of("Second induction year"), TODAY);

        fixture.givenNoPriorActivity()
                .when(new ExemptFromAppraisal(appraisal, cycle, teacher, ExemptionReason.INDUCTION,
                        PersonalText.of("Second induction year")))
                .expectEvents(exempted);
        fixture.given(exempted)
                .when(new CommunicateStandards(appraisal, null))
                .expectException(refusedWith(APPRAISAL_EXEMPT));
        // an exemption names no appraiser: the appraisee speaking for a party is refused for the exemption
        Map<String, Object> byTheTeacher = Map.of(MetadataKeys.ACTOR_ID, teacher.value().toString(),
                MetadataKeys.ACTOR_ROLE, ActorRole.STAFF.name());
        fixture.given(exempted)
                .when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISER, null), byTheTeacher)
                .expectException(refusedWith(APPRAISAL_EXEMPT));
        fixture.given(exempted)
                .when(new SignOffReview(appraisal, AppraisalParty.APPRAISER, null, null), byTheTeacher)
                .expectException(refusedWith(APPRAISAL_EXEMPT));
    }

    @Test
    void changesTheAppraiserToAnotherColleague() {
        StaffId phaseLead = new StaffId(UUID.randomUUID());
        directory.knowsStaffMember(phaseLead, oakfield);

        fixture.given(started())
                .when(new ChangeAppraiser(appraisal, phaseLead, null))
                .expectEvents(new AppraiserChanged(appraisal, oakfield, phaseLead, TODAY));
        fixture.given(started())
                .when(new ChangeAppraiser(appraisal, teacher, null))
                .expectException(refusedWith(APPRAISER_IS_APPRAISEE));
    }

    @Test
    void recordsTheStandardsCommunicatedOnce() {
        StandardsCommunicated communicated = new StandardsCommunicated(appraisal, oakfield,
                "Teachers' Standards 2011", TODAY);
        fixture.given(started()).when(new CommunicateStandards(appraisal, null)).expectEvents(communicated);
        fixture.given(started(), communicated).when(new CommunicateStandards(appraisal, null)).expectNoEvents();
    }

    @Test
    void endsEarlyWhenTheAppraiseeLeavesAndThenRefusesChanges() {
        LocalDate lastDay = LocalDate.of(2026, 3, 31);
        AppraisalTerminated terminated = new AppraisalTerminated(appraisal, oakfield, lastDay, TODAY);

        fixture.given(started()).when(new TerminateAppraisal(appraisal, lastDay)).expectEvents(terminated);
        fixture.given(started(), terminated).when(new TerminateAppraisal(appraisal, lastDay)).expectNoEvents();
        fixture.given(started(), terminated).when(new CommunicateStandards(appraisal, null))
                .expectException(refusedWith(APPRAISAL_TERMINATED));
    }
}
