package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.RegisterSchool;
import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.UUID;

class SchoolTest {

    private final AggregateTestFixture<School> fixture = new AggregateTestFixture<>(School.class);
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final TrustId riverTrust = new TrustId(UUID.randomUUID());

    @Test
    void registersAnAcademyInItsTrust() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSchool(oakfield, riverTrust, "Oakfield Primary", SchoolType.ACADEMY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SchoolRegistered(oakfield, riverTrust, "Oakfield Primary", SchoolType.ACADEMY));
    }

    @Test
    void registersAStandaloneMaintainedSchool() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSchool(oakfield, null, "Oakfield Primary", SchoolType.MAINTAINED))
                .expectEvents(new SchoolRegistered(oakfield, null, "Oakfield Primary", SchoolType.MAINTAINED));
    }
}
