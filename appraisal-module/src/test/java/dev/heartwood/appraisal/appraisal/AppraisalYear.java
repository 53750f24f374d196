package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.FinalReviewHeld;
import dev.heartwood.appraisal.api.ObjectiveOutcome;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.appraisal.cycle.CycleFacts;
import dev.heartwood.appraisal.cycle.KnownCycles;
import dev.heartwood.appraisal.directory.KnownDirectory;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A teacher's appraisal at Oakfield in 2025/26, told in events. The clock stands at 23:30 UTC on 14 July 2026,
 * already 15 July in London, where the school keeps its dates.
 */
abstract class AppraisalYear {

    static final AcademicYear YEAR = AcademicYear.parse("2025/26");
    static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-14T23:30:00Z"), ZoneOffset.UTC);

    final AggregateTestFixture<Appraisal> fixture = new AggregateTestFixture<>(Appraisal.class);
    final KnownDirectory directory = new KnownDirectory();
    final KnownCycles cycles = new KnownCycles();
    final KnownAppraisals appraisals = new KnownAppraisals();

    final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    final CycleId cycle = new CycleId(UUID.randomUUID());
    final StaffId teacher = new StaffId(UUID.randomUUID());
    final StaffId deputyHead = new StaffId(UUID.randomUUID());
    final AppraisalId appraisal = new AppraisalId(UUID.randomUUID());
    final ObjectiveId reading = new ObjectiveId(UUID.randomUUID());
    final ObjectiveId phonics = new ObjectiveId(UUID.randomUUID());
    final PriorityId readingPriority = new PriorityId(UUID.randomUUID());

    AppraisalYear() {
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(cycles);
        fixture.registerInjectableResource(appraisals);
        fixture.registerInjectableResource(CLOCK);
        directory.knowsStaffMember(teacher, oakfield).knowsStaffMember(deputyHead, oakfield)
                .knowsPriority(oakfield, YEAR, readingPriority);
        cycles.knows(cycleWith(PayPolicy.NOT_PERFORMANCE_RELATED));
    }

    CycleFacts cycleWith(PayPolicy payPolicy) {
        return new CycleFacts(cycle, oakfield, YEAR, payPolicy,
                Map.of(StaffCategory.TEACHER, StandardsFramework.TEACHERS_STANDARDS_2011,
                        StaffCategory.HEADTEACHER, StandardsFramework.HEADTEACHERS_STANDARDS_2020), 2);
    }

    AppraisalStarted started(PayPolicy payPolicy) {
        return new AppraisalStarted(appraisal, cycle, oakfield, YEAR, teacher, deputyHead, StaffCategory.TEACHER,
                StandardsFramework.TEACHERS_STANDARDS_2011, payPolicy, 2, false, SEPTEMBER);
    }

    AppraisalStarted started() {
        return started(PayPolicy.NOT_PERFORMANCE_RELATED);
    }

    SetObjective setReading() {
        return new SetObjective(appraisal, reading, PersonalText.of("Raise Year 4 reading fluency"),
                PersonalText.of("80% at the expected standard by July"), List.of("TS2"), List.of(readingPriority), null);
    }

    ObjectiveSet readingSet() {
        return new ObjectiveSet(appraisal, oakfield, teacher, reading, PersonalText.of("Raise Year 4 reading fluency"),
                PersonalText.of("80% at the expected standard by July"), List.of("TS2"), List.of(readingPriority),
                SEPTEMBER);
    }

    ObjectivesAgreed agreedBy(AppraisalParty party) {
        return new ObjectivesAgreed(appraisal, oakfield, party, List.of(reading), SEPTEMBER);
    }

    FinalReviewHeld finalReview() {
        return new FinalReviewHeld(appraisal, oakfield, LocalDate.of(2026, 7, 10));
    }

    ObjectiveOutcomeRecorded readingMet() {
        return new ObjectiveOutcomeRecorded(appraisal, oakfield, reading, ObjectiveOutcome.MET, null, TODAY);
    }

    AppraisalReportIssued reportIssued() {
        return new AppraisalReportIssued(appraisal, oakfield, PersonalText.of("A strong year"), null, TODAY);
    }

    ReviewSignedOff signedOffBy(AppraisalParty party) {
        return new ReviewSignedOff(appraisal, oakfield, party, null, TODAY);
    }

    /** Everything up to both sign-offs. */
    Object[] signedOffByBoth() {
        return new Object[]{started(), readingSet(), agreedBy(AppraisalParty.APPRAISEE),
                agreedBy(AppraisalParty.APPRAISER), finalReview(), readingMet(), reportIssued(),
                signedOffBy(AppraisalParty.APPRAISEE), signedOffBy(AppraisalParty.APPRAISER)};
    }
}
