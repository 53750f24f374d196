package dev.heartwood.learning.cpd;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CPDCompleted;
import dev.heartwood.learning.api.CompletedCpdLogged;
import dev.heartwood.learning.api.CompletedLearning;
import dev.heartwood.learning.api.CpdActivityApproved;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.CpdLinks;
import dev.heartwood.learning.api.CpdProposal;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.learning.api.LogCompletedCpd;
import dev.heartwood.learning.api.RequestCpdActivity;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A Year 4 teacher's professional learning at Oakfield in the spring term of 2025/26: a phonics course linked to
 * her reading objective, a development need and the school's reading priority. Today is 10 March 2026; the
 * course ran a week ago.
 */
abstract class CpdYear {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);
    static final LocalDate COURSE_DAY = LocalDate.of(2026, 3, 3);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC);
    static final PersonalText PHONICS = PersonalText.of("Systematic synthetic phonics: teaching for fluency");
    static final PersonalText IMPACT = PersonalText.of("More Year 4 readers at the expected standard by July");

    final AggregateTestFixture<CpdActivity> fixture = new AggregateTestFixture<>(CpdActivity.class);
    final KnownSchoolRecords records = new KnownSchoolRecords();

    final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    final SchoolId elmside = new SchoolId(UUID.randomUUID());
    final StaffId teacher = new StaffId(UUID.randomUUID());
    final StaffId colleague = new StaffId(UUID.randomUUID());
    final ObjectiveId reading = new ObjectiveId(UUID.randomUUID());
    final ObjectiveId colleaguesObjective = new ObjectiveId(UUID.randomUUID());
    final DevelopmentNeedId questioning = new DevelopmentNeedId(UUID.randomUUID());
    final PriorityId readingPriority = new PriorityId(UUID.randomUUID());
    final PriorityId elmsidePriority = new PriorityId(UUID.randomUUID());
    final CpdActivityId course = new CpdActivityId(UUID.randomUUID());

    CpdYear() {
        fixture.registerInjectableResource(records);
        fixture.registerInjectableResource(CLOCK);
        records.knowsStaffMember(teacher, oakfield).knowsStaffMember(colleague, oakfield)
                .knowsObjective(reading, teacher).knowsObjective(colleaguesObjective, colleague)
                .knowsDevelopmentNeed(questioning, teacher)
                .knowsPriority(readingPriority, oakfield).knowsPriority(elmsidePriority, elmside);
    }

    static CpdProposal phonicsCourse(BigDecimal cost) {
        return new CpdProposal(PHONICS, CpdType.COURSE, PersonalText.of("Oakfield Teaching School Hub"), COURSE_DAY,
                COURSE_DAY, new BigDecimal("6"), cost, new BigDecimal("1"), IMPACT);
    }

    CpdLinks linkedToReading() {
        return new CpdLinks(List.of(reading), List.of(questioning), List.of(readingPriority));
    }

    RequestCpdActivity requestCourse() {
        return new RequestCpdActivity(course, teacher, phonicsCourse(new BigDecimal("180.00")), linkedToReading(), null);
    }

    CpdActivityRequested courseRequested() {
        return new CpdActivityRequested(course, teacher, oakfield, phonicsCourse(new BigDecimal("180.00")),
                linkedToReading(), SEPTEMBER);
    }

    CpdActivityApproved courseApproved() {
        return new CpdActivityApproved(course, teacher, oakfield, SEPTEMBER);
    }

    CPDCompleted courseCompleted() {
        return new CPDCompleted(course, teacher, oakfield, COURSE_DAY, new BigDecimal("6"), new BigDecimal("180.00"),
                "CERT-2026-0415");
    }

    /** The approved course, completed. */
    Object[] completedCourse() {
        return new Object[]{courseRequested(), courseApproved(), courseCompleted()};
    }

    static CompletedLearning bookRead() {
        return new CompletedLearning(PersonalText.of("Reading Reconsidered"), CpdType.READING, null,
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), new BigDecimal("8"), BigDecimal.ZERO, null);
    }

    LogCompletedCpd logBook() {
        return new LogCompletedCpd(course, teacher, bookRead(), new CpdLinks(List.of(reading), null, null));
    }

    CompletedCpdLogged bookLogged() {
        return new CompletedCpdLogged(course, teacher, oakfield, bookRead(), new CpdLinks(List.of(reading), null, null),
                TODAY);
    }
}
