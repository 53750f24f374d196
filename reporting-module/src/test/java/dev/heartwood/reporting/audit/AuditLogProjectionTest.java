package dev.heartwood.reporting.audit;

import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.ExemptionReason;
import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.reporting.AnAppraisal;
import dev.heartwood.reporting.ProjectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final AuditLogProjection projection = new AuditLogProjection(schema.appends(), schema.json());
    private final AnAppraisal appraisal = new AnAppraisal();

    @Test
    void eachEventIsALineWithWhoDidItWhyAndForWhomFromItsFieldsAndMetadata() {
        TrustId trust = new TrustId(UUID.randomUUID());
        var registered = schema.event("School", appraisal.school().toString(),
                new SchoolRegistered(appraisal.school(), trust, "Oakfield Primary", SchoolType.ACADEMY),
                Map.of(MetadataKeys.ACTOR_ID, "admin", MetadataKeys.ACTOR_ROLE, "ADMINISTRATOR",
                        MetadataKeys.CORRELATION_ID, "c-1", MetadataKeys.CAUSATION_ID, "m-1",
                        MetadataKeys.BATCH_ID, "import-7"));
        long first = schema.apply(projection, registered);
        var exempted = schema.event("Appraisal", appraisal.id().toString(),
                new AppraisalExempted(appraisal.id(), appraisal.cycle(), appraisal.school(), AnAppraisal.YEAR,
                        appraisal.appraisee(), ExemptionReason.INDUCTION, PersonalText.of("ECT"),
                        LocalDate.of(2025, 9, 2)),
                Map.of(MetadataKeys.ACTOR_ID, appraisal.appraiser().toString(), MetadataKeys.ACTOR_ROLE, "HEADTEACHER",
                        MetadataKeys.REASON, "ignored: the event names its own reason"));
        long second = schema.apply(projection, exempted);

        assertThat(schema.rows("""
                        SELECT global_index, event_id, occurred_at AT TIME ZONE 'UTC', happened_on, kind, aggregate_id,
                               school_id, trust_id, staff_id, actor_id, actor_role, reason, correlation_id,
                               causation_id, batch_id
                        FROM audit_log ORDER BY global_index"""))
                .containsExactly(first + " | " + registered.getIdentifier() + " | 2025-09-01 08:00:00 | null | "
                                + "SchoolRegistered | " + appraisal.school() + " | " + appraisal.school() + " | "
                                + trust + " | null | admin | ADMINISTRATOR | null | c-1 | m-1 | import-7",
                        second + " | " + exempted.getIdentifier() + " | 2025-09-01 08:01:00 | 2025-09-02 | "
                                + "AppraisalExempted | " + appraisal.id() + " | " + appraisal.school() + " | null | "
                                + appraisal.appraisee() + " | " + appraisal.appraiser() + " | HEADTEACHER | "
                                + "INDUCTION | null | null | null");
    }

    @Test
    void anEventThatNamesNoPersonIsAboutThePersonItsRecordsFirstEventNamed() {
        schema.apply(projection, appraisal.recorded(schema, appraisal.started(LocalDate.of(2025, 9, 15))));
        long completed = schema.apply(projection, appraisal.recorded(schema,
                new AppraisalCompleted(appraisal.id(), appraisal.school(), LocalDate.of(2026, 7, 10))));

        assertThat(schema.rows("SELECT staff_id, reason FROM audit_log WHERE global_index = ?", completed))
                .containsExactly(appraisal.appraisee() + " | null");
    }

    @Test
    void aReasonGivenWithTheCommandIsKeptWhenTheEventHasNone() {
        long index = schema.apply(projection, schema.event("Appraisal", appraisal.id().toString(),
                new AppraisalCompleted(appraisal.id(), appraisal.school(), LocalDate.of(2026, 7, 10)),
                Map.of(MetadataKeys.REASON, "Signed off on paper")));

        assertThat(schema.rows("SELECT reason FROM audit_log WHERE global_index = ?", index))
                .containsExactly("Signed off on paper");
    }
}
