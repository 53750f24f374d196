package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.RegisterStaffMember;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static dev.heartwood.appraisal.Refusals.refusedWith;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;

class StaffMemberTest {

    private final AggregateTestFixture<StaffMember> fixture = new AggregateTestFixture<>(StaffMember.class);
    private final KnownDirectory directory = new KnownDirectory();
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final StaffId msPatel = new StaffId(UUID.randomUUID());

    StaffMemberTest() {
        fixture.registerInjectableResource(directory);
    }

    private RegisterStaffMember msPatelJoins(SchoolId school) {
        return new RegisterStaffMember(msPatel, school, PersonalText.of("Asha Patel"),
                PersonalText.of("a.patel@oakfield.sch.uk"), StaffCategory.TEACHER, LocalDate.of(2025, 9, 1),
                new BigDecimal("0.8"));
    }

    @Test
    void registersATeacherAtAKnownSchool() {
        directory.school(oakfield);

        fixture.givenNoPriorActivity()
                .when(msPatelJoins(oakfield))
                .expectEvents(new StaffMemberRegistered(msPatel, oakfield, PersonalText.of("Asha Patel"),
                        PersonalText.of("a.patel@oakfield.sch.uk"), StaffCategory.TEACHER, LocalDate.of(2025, 9, 1),
                        new BigDecimal("0.8")));
    }

    @Test
    void refusesAStaffMemberOfASchoolThatIsNotRegistered() {
        fixture.givenNoPriorActivity()
                .when(msPatelJoins(oakfield))
                .expectException(refusedWith(SCHOOL_NOT_FOUND))
                .expectNoEvents();
    }
}
