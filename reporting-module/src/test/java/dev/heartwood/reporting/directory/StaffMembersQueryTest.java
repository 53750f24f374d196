package dev.heartwood.reporting.directory;

import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.reporting.ProjectionSchema;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.StaffMembersQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StaffMembersQueryTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final DirectoryProjection projection = new DirectoryProjection(schema.jdbc());
    private final DirectoryQueries queries = new DirectoryQueries(schema.jdbc());
    private final SchoolId school = new SchoolId(UUID.randomUUID());

    private StaffId registered(String name) {
        StaffId person = new StaffId(UUID.randomUUID());
        schema.apply(projection, new StaffMemberRegistered(person, school, null, PersonalText.of(name),
                PersonalText.of("someone@oakfield.example"), StaffCategory.TEACHER, LocalDate.of(2024, 9, 1),
                BigDecimal.ONE));
        return person;
    }

    @Test
    void thosePeopleTheDirectoryKnowsAreAnsweredAtOnce() {
        schema.apply(projection, new SchoolRegistered(school, new TrustId(UUID.randomUUID()), "Oakfield Primary",
                SchoolType.ACADEMY));
        StaffId asha = registered("Asha Patel");
        StaffId ben = registered("Ben Okafor");
        registered("Not asked for");

        assertThat(queries.handle(new StaffMembersQuery(Set.of(asha, ben, new StaffId(UUID.randomUUID())))))
                .extracting(StaffMemberView::staffId, StaffMemberView::name)
                .containsExactlyInAnyOrder(tuple(asha.value(), "Asha Patel"),
                        tuple(ben.value(), "Ben Okafor"));
        assertThat(queries.handle(new StaffMembersQuery(Set.of()))).isEmpty();
    }
}
