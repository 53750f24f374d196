package dev.heartwood.reporting.tracker;

import dev.heartwood.appraisal.api.ConsultationStage;
import dev.heartwood.appraisal.api.ExternalAdviserAppointed;
import dev.heartwood.appraisal.api.ExternalAdviserConsulted;
import dev.heartwood.appraisal.api.GovernorsPanelAppointed;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.AnAppraisal;
import dev.heartwood.reporting.ProjectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HeadteacherOversightProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final CompletionTrackerProjection tracker = new CompletionTrackerProjection(schema.jdbc());
    private final HeadteacherOversightProjection projection = new HeadteacherOversightProjection(schema.jdbc());
    private final AnAppraisal headteacher = new AnAppraisal();
    private final StaffId chair = new StaffId(UUID.randomUUID());
    private final StaffId governor = new StaffId(UUID.randomUUID());
    private final StaffId replacement = new StaffId(UUID.randomUUID());

    private long recorded(Object payload) {
        return schema.apply(projection, headteacher.recorded(schema, payload));
    }

    @Test
    void aPanelAppointedAgainReplacesTheFirstAndEachConsultationIsKeptOnce() {
        schema.apply(tracker, headteacher.recorded(schema, headteacher.started(LocalDate.of(2025, 9, 15))));
        recorded(new GovernorsPanelAppointed(headteacher.id(), headteacher.school(), List.of(chair, governor), chair,
                LocalDate.of(2025, 9, 20)));
        recorded(new GovernorsPanelAppointed(headteacher.id(), headteacher.school(), List.of(chair, replacement),
                replacement, LocalDate.of(2025, 10, 1)));
        recorded(new ExternalAdviserAppointed(headteacher.id(), headteacher.school(), PersonalText.of("Dr Ruth Okafor"),
                "Eastern Schools Partnership", LocalDate.of(2025, 9, 22)));
        var consulted = headteacher.recorded(schema, new ExternalAdviserConsulted(headteacher.id(),
                headteacher.school(), ConsultationStage.OBJECTIVE_SETTING, PersonalText.of("Stretching enough"),
                LocalDate.of(2025, 10, 10)));
        long consultation = schema.apply(projection, consulted);
        schema.reapply(projection, consulted);

        assertThat(schema.rows("SELECT governor_id, chair FROM headteacher_panel_member ORDER BY chair"))
                .containsExactlyInAnyOrder(chair + " | f", replacement + " | t");
        assertThat(schema.rows("SELECT name, organisation, appointed_on FROM headteacher_adviser"))
                .containsExactly("Dr Ruth Okafor | Eastern Schools Partnership | 2025-09-22");
        assertThat(schema.rows("SELECT event_index, stage, consulted_on FROM headteacher_consultation"))
                .containsExactly(consultation + " | OBJECTIVE_SETTING | 2025-10-10");
        assertThat(schema.rows("SELECT last_event_index FROM completion_appraisal"))
                .containsExactly(String.valueOf(consultation));
    }
}
