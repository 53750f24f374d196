package dev.heartwood.reporting.learning;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CPDCompleted;
import dev.heartwood.learning.api.CompletedCpdLogged;
import dev.heartwood.learning.api.CompletedLearning;
import dev.heartwood.learning.api.CpdActivityApproved;
import dev.heartwood.learning.api.CpdActivityDeclined;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.CpdImpactEvaluated;
import dev.heartwood.learning.api.CpdLinks;
import dev.heartwood.learning.api.CpdProposal;
import dev.heartwood.learning.api.CpdReflectionRecorded;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.learning.api.GuskeyLevel;
import dev.heartwood.learning.api.ImpactJudgement;
import dev.heartwood.reporting.ProjectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CpdActivityProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final CpdActivityProjection projection = new CpdActivityProjection(schema.jdbc());
    private final CpdActivityId course = new CpdActivityId(UUID.randomUUID());
    private final StaffId asha = new StaffId(UUID.randomUUID());
    private final SchoolId school = new SchoolId(UUID.randomUUID());

    private CpdActivityRequested requested() {
        return new CpdActivityRequested(course, asha, school, new CpdProposal(PersonalText.of("Teaching early reading"),
                CpdType.COURSE, PersonalText.of("Ruskin English Hub"), LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 11), new BigDecimal("12"), new BigDecimal("250.00"), new BigDecimal("2"),
                PersonalText.of("Better phonics teaching")), new CpdLinks(List.of(), List.of(), List.of()),
                LocalDate.of(2026, 2, 2));
    }

    private List<String> activity() {
        return schema.rows("""
                SELECT title, type, provider, status, requested_on, intended_impact, expected_hours, expected_cost,
                       cover_days, starts_on, ends_on, decided_on, decline_reason, completed_on, completed_hours,
                       completed_cost, certificate_reference, academic_year, reflected_on, impact_evaluated_on,
                       last_event_index
                FROM cpd_activity_view WHERE activity_id = ?""", course.value());
    }

    @Test
    void requestedLearningIsApprovedCompletedInAnotherYearReflectedOnAndEvaluated() {
        schema.apply(projection, requested());
        schema.apply(projection, new CpdActivityApproved(course, asha, school, LocalDate.of(2026, 2, 9)));
        schema.apply(projection, new CPDCompleted(course, asha, school, LocalDate.of(2026, 9, 15),
                new BigDecimal("14"), new BigDecimal("275.50"), "ERH-77"));
        schema.apply(projection, new CpdReflectionRecorded(course, asha, school, PersonalText.of("Useful"),
                LocalDate.of(2026, 9, 20)));
        schema.apply(projection, new CpdReflectionRecorded(course, asha, school, PersonalText.of("Still useful"),
                LocalDate.of(2026, 11, 1)));
        long evaluated = schema.apply(projection, new CpdImpactEvaluated(course, asha, school, UUID.randomUUID(),
                GuskeyLevel.LEARNING, ImpactJudgement.EVIDENT, PersonalText.of("Screening check up"),
                LocalDate.of(2026, 12, 1)));

        assertThat(activity()).containsExactly("Teaching early reading | COURSE | Ruskin English Hub | COMPLETED | "
                + "2026-02-02 | Better phonics teaching | 12 | 250.00 | 2 | 2026-03-10 | 2026-03-11 | 2026-02-09 | "
                + "null | 2026-09-15 | 14 | 275.50 | ERH-77 | 2026/27 | 2026-09-20 | 2026-12-01 | " + evaluated);
    }

    @Test
    void declinedLearningKeepsItsReason() {
        schema.apply(projection, requested());
        long declined = schema.apply(projection, new CpdActivityDeclined(course, asha, school,
                PersonalText.of("No cover that week"), LocalDate.of(2026, 2, 9)));

        assertThat(schema.rows("""
                        SELECT status, decided_on, decline_reason, academic_year, last_event_index
                        FROM cpd_activity_view"""))
                .containsExactly("DECLINED | 2026-02-09 | No cover that week | 2025/26 | " + declined);
    }

    @Test
    void learningLoggedAsDoneIsCompletedFromTheStart() {
        long logged = schema.apply(projection, new CompletedCpdLogged(course, asha, school,
                new CompletedLearning(PersonalText.of("Safeguarding refresher"), CpdType.INSET, null,
                        LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), new BigDecimal("3"), BigDecimal.ZERO,
                        null), new CpdLinks(List.of(), List.of(), List.of()), LocalDate.of(2025, 9, 5)));

        assertThat(activity()).containsExactly("Safeguarding refresher | INSET | null | COMPLETED | null | null | "
                + "null | null | null | 2025-09-01 | 2025-09-02 | null | null | 2025-09-02 | 3 | 0 | null | 2025/26 | "
                + "null | null | " + logged);
    }
}
