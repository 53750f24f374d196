package dev.heartwood.reporting.history;

import dev.heartwood.appraisal.api.LineManagerAssigned;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffCategoryChanged;
import dev.heartwood.appraisal.api.StaffDetailsChanged;
import dev.heartwood.appraisal.api.StaffFteChanged;
import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.appraisal.api.StaffRoleAssigned;
import dev.heartwood.appraisal.api.StaffRoleRemoved;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.api.StaffAsOfView;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A member of staff's record folded as it stood at instants: roles, details, FTE, manager and leaving. */
class StaffAsOfTest {

    private static final StaffId ASHA = new StaffId(UUID.randomUUID());
    private static final StaffId BEN = new StaffId(UUID.randomUUID());
    private static final SchoolId SCHOOL = new SchoolId(UUID.randomUUID());
    private static final Instant JOINED = Instant.parse("2025-09-01T08:00:00Z");

    private static EventMessage<?> recorded(int day, Object event) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), event, MetaData.emptyInstance(),
                JOINED.plusSeconds(day * 86_400L));
    }

    private static final List<EventMessage<?>> HISTORY = List.of(
            recorded(0, new StaffMemberRegistered(ASHA, SCHOOL, "T001", PersonalText.of("Asha Patel"),
                    PersonalText.of("a.patel@oakfield.sch.uk"), StaffCategory.EARLY_CAREER_TEACHER,
                    LocalDate.of(2025, 9, 1), new BigDecimal("0.8"))),
            recorded(10, new StaffRoleAssigned(ASHA, SCHOOL, StaffRole.FIRST_AIDER, LocalDate.of(2025, 9, 11))),
            recorded(20, new LineManagerAssigned(ASHA, SCHOOL, BEN, LocalDate.of(2025, 9, 21))),
            recorded(30, new StaffRoleAssigned(ASHA, SCHOOL, StaffRole.DEPUTY_DSL, LocalDate.of(2025, 10, 1))),
            recorded(40, new StaffRoleRemoved(ASHA, SCHOOL, StaffRole.FIRST_AIDER, LocalDate.of(2025, 10, 11))),
            recorded(50, new StaffDetailsChanged(ASHA, SCHOOL, PersonalText.of("Asha Patel-Jones"),
                    PersonalText.of("a.pateljones@oakfield.sch.uk"))),
            recorded(60, new StaffCategoryChanged(ASHA, SCHOOL, StaffCategory.TEACHER, LocalDate.of(2026, 9, 1))),
            recorded(70, new StaffFteChanged(ASHA, SCHOOL, BigDecimal.ONE, LocalDate.of(2026, 9, 1))),
            recorded(80, new StaffMemberLeft(ASHA, SCHOOL, LocalDate.of(2027, 7, 31))));

    private static StaffAsOfView asOf(int day) {
        return StaffAsOf.at(JOINED.plusSeconds(day * 86_400L + 1), HISTORY).orElseThrow();
    }

    @Test
    void beforeSheWasRegisteredThereWasNoRecord() {
        assertThat(StaffAsOf.at(JOINED.minusMillis(1), HISTORY)).isEmpty();
    }

    @Test
    void herRolesAreThoseRecordedByEachInstant() {
        assertThat(asOf(0).roles()).isEmpty();
        assertThat(asOf(10).roles()).containsExactly("FIRST_AIDER");
        assertThat(asOf(30).roles()).containsExactly("DEPUTY_DSL", "FIRST_AIDER");
        assertThat(asOf(40).roles()).containsExactly("DEPUTY_DSL");
    }

    @Test
    void herDetailsCategoryFteManagerAndLeavingShowOnlyOnceRecorded() {
        StaffAsOfView early = asOf(19);
        StaffAsOfView late = asOf(80);

        assertThat(early.name()).isEqualTo("Asha Patel");
        assertThat(early.category()).isEqualTo("EARLY_CAREER_TEACHER");
        assertThat(early.fte()).isEqualByComparingTo("0.8");
        assertThat(early.lineManagerId()).isNull();
        assertThat(early.leftOn()).isNull();
        assertThat(late.name()).isEqualTo("Asha Patel-Jones");
        assertThat(late.email()).isEqualTo("a.pateljones@oakfield.sch.uk");
        assertThat(late.category()).isEqualTo("TEACHER");
        assertThat(late.fte()).isEqualByComparingTo("1");
        assertThat(late.lineManagerId()).isEqualTo(BEN.value());
        assertThat(late.leftOn()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(late.lastChangedAt()).isEqualTo(JOINED.plusSeconds(80 * 86_400L));
    }
}
