package dev.heartwood.reporting.history;

import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.FinalReviewHeld;
import dev.heartwood.appraisal.api.ObjectiveOutcome;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.api.AppraisalAsOfView;
import dev.heartwood.reporting.api.AppraisalAsOfView.ObjectiveAsOf;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A teacher's appraisal folded as it stood at instants through the year: each answer ignores what came later. */
class AppraisalAsOfTest {

    private static final AppraisalId APPRAISAL = new AppraisalId(UUID.randomUUID());
    private static final SchoolId SCHOOL = new SchoolId(UUID.randomUUID());
    private static final StaffId TEACHER = new StaffId(UUID.randomUUID());
    private static final StaffId APPRAISER = new StaffId(UUID.randomUUID());
    private static final ObjectiveId READING = new ObjectiveId(UUID.randomUUID());
    private static final ObjectiveId BEHAVIOUR = new ObjectiveId(UUID.randomUUID());
    private static final Instant SEPTEMBER = Instant.parse("2025-09-15T09:00:00Z");

    private final List<EventMessage<?>> history = new ArrayList<>();

    /** Records an event {@code day} days after the appraisal started. */
    private void recorded(int day, Object event) {
        history.add(new GenericEventMessage<>(UUID.randomUUID().toString(), event, MetaData.emptyInstance(),
                SEPTEMBER.plusSeconds(day * 86_400L)));
    }

    private static LocalDate on(int day) {
        return LocalDate.of(2025, 9, 15).plusDays(day);
    }

    private static PersonalText text(String text) {
        return PersonalText.of(text);
    }

    private void aYearWithARevisionAndAReopening() {
        recorded(0, new AppraisalStarted(APPRAISAL, new CycleId(UUID.randomUUID()), SCHOOL, new AcademicYear(2025),
                TEACHER, APPRAISER, StaffCategory.TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011,
                PayPolicy.NOT_PERFORMANCE_RELATED, 5, false, on(0)));
        recorded(1, new ObjectiveSet(APPRAISAL, SCHOOL, TEACHER, READING, text("Raise Year 4 reading fluency"),
                text("80% at expected standard"), List.of("TS2"), List.of(), on(1)));
        recorded(2, new ObjectiveSet(APPRAISAL, SCHOOL, TEACHER, BEHAVIOUR, text("Calmer corridors"),
                text("Fewer incidents"), List.of("TS7"), List.of(), on(2)));
        recorded(3, new ObjectivesAgreed(APPRAISAL, SCHOOL, AppraisalParty.APPRAISEE, List.of(READING, BEHAVIOUR),
                on(3)));
        recorded(4, new ObjectiveRevised(APPRAISAL, SCHOOL, READING, text("Raise Year 4 reading fluency and stamina"),
                text("85% at expected standard"), List.of("TS2", "TS3"), List.of(), text("New class data"),
                on(4)));
        recorded(5, new ObjectiveWithdrawn(APPRAISAL, SCHOOL, BEHAVIOUR, text("Whole-school plan instead"), on(5)));
        recorded(200, new FinalReviewHeld(APPRAISAL, SCHOOL, on(200)));
        recorded(201, new ObjectiveOutcomeRecorded(APPRAISAL, SCHOOL, READING, ObjectiveOutcome.MET, null, on(201)));
        recorded(202, new AppraisalReportIssued(APPRAISAL, SCHOOL, text("A strong year"), null, on(202)));
        recorded(203, new ReviewSignedOff(APPRAISAL, SCHOOL, AppraisalParty.APPRAISEE, null, on(203)));
        recorded(203, new ReviewSignedOff(APPRAISAL, SCHOOL, AppraisalParty.APPRAISER, null, on(203)));
        recorded(204, new AppraisalCompleted(APPRAISAL, SCHOOL, on(204)));
        recorded(210, new AppraisalReopened(APPRAISAL, SCHOOL, text("Wrong objective"), on(210)));
    }

    /** As it stood a second after the events of {@code day}. */
    private AppraisalAsOfView asOf(int day) {
        return AppraisalAsOf.at(SEPTEMBER.plusSeconds(day * 86_400L + 1), history).orElseThrow();
    }

    @Test
    void beforeItsFirstEventTheAppraisalDidNotExist() {
        aYearWithARevisionAndAReopening();

        assertThat(AppraisalAsOf.at(SEPTEMBER.minusSeconds(1), history)).isEmpty();
    }

    @Test
    void anObjectiveShowsTheTermsThatStoodBeforeAndAfterItsRevision() {
        aYearWithARevisionAndAReopening();

        ObjectiveAsOf before = asOf(3).objectives().get(0);
        ObjectiveAsOf after = asOf(4).objectives().get(0);

        assertThat(before.title()).isEqualTo("Raise Year 4 reading fluency");
        assertThat(before.standards()).containsExactly("TS2");
        assertThat(before.revisions()).isZero();
        assertThat(after.title()).isEqualTo("Raise Year 4 reading fluency and stamina");
        assertThat(after.successCriteria()).isEqualTo("85% at expected standard");
        assertThat(after.revisions()).isEqualTo(1);
        assertThat(after.lastRevisedOn()).isEqualTo(on(4));
    }

    @Test
    void aRevisionSetsAsideTheAgreementThatStoodAndAWithdrawalIsDated() {
        aYearWithARevisionAndAReopening();

        assertThat(asOf(3).agreedBy()).containsExactly("APPRAISEE");
        assertThat(asOf(4).agreedBy()).isEmpty();
        assertThat(asOf(4).objectives().get(1).withdrawnOn()).isNull();
        assertThat(asOf(5).objectives()).extracting(ObjectiveAsOf::withdrawnOn).containsExactly(null, on(5));
    }

    @Test
    void theAppraisalWasCompletedUntilItWasReopenedWhichSetAsideTheReportAndSignOffs() {
        aYearWithARevisionAndAReopening();

        AppraisalAsOfView completed = asOf(209);
        AppraisalAsOfView reopened = asOf(210);

        assertThat(completed.status()).isEqualTo("COMPLETED");
        assertThat(completed.completedOn()).isEqualTo(on(204));
        assertThat(completed.reportIssuedOn()).isEqualTo(on(202));
        assertThat(completed.signedOffBy()).containsExactly("APPRAISEE", "APPRAISER");
        assertThat(completed.objectives().get(0).outcome()).isEqualTo("MET");
        assertThat(reopened.status()).isEqualTo("UNDER_WAY");
        assertThat(reopened.completedOn()).isNull();
        assertThat(reopened.reportIssuedOn()).isNull();
        assertThat(reopened.signedOffBy()).isEmpty();
        assertThat(reopened.reopenedOn()).containsExactly(on(210));
        assertThat(reopened.finalReviewOn()).isEqualTo(on(200));
    }

    @Test
    void itSaysWhenItWasLastChangedAndForWhichInstantItWasAsked() {
        aYearWithARevisionAndAReopening();
        Instant asked = SEPTEMBER.plusSeconds(100L * 86_400L);

        AppraisalAsOfView view = AppraisalAsOf.at(asked, history).orElseThrow();

        assertThat(view.asOf()).isEqualTo(asked);
        assertThat(view.lastChangedAt()).isEqualTo(SEPTEMBER.plusSeconds(5L * 86_400L));
        assertThat(view.appraiseeId()).isEqualTo(TEACHER.value());
        assertThat(view.appraiserId()).isEqualTo(APPRAISER.value());
        assertThat(view.academicYear()).isEqualTo("2025/26");
    }

    @Test
    void anEventRecordedOutOfClockOrderEndsTheStateAtTheEventBeforeIt() {
        recorded(0, new AppraisalStarted(APPRAISAL, new CycleId(UUID.randomUUID()), SCHOOL, new AcademicYear(2025),
                TEACHER, APPRAISER, StaffCategory.TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011,
                PayPolicy.NOT_PERFORMANCE_RELATED, 5, false, on(0)));
        recorded(2, new ObjectiveSet(APPRAISAL, SCHOOL, TEACHER, READING, text("Reading"), text("Fluent"), List.of(),
                List.of(), on(2)));
        recorded(1, new ObjectiveWithdrawn(APPRAISAL, SCHOOL, READING, text("Set in error"), on(1)));

        assertThat(asOf(1).objectives()).isEmpty();
    }
}
