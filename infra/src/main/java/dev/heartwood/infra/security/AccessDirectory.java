package dev.heartwood.infra.security;

import dev.heartwood.appraisal.api.AccessGranted;
import dev.heartwood.appraisal.api.AccessRevoked;
import dev.heartwood.appraisal.api.AppraisalCycleOpened;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.AppraiserChanged;
import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.SignInIdentityLinked;
import dev.heartwood.appraisal.api.SignInIdentityUnlinked;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffCategoryChanged;
import dev.heartwood.appraisal.api.StaffDetailsChanged;
import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.kernel.EmailAddresses;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.learning.api.CompletedCpdLogged;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.ExemptedFromTraining;
import dev.heartwood.learning.api.TrainingCompleted;
import dev.heartwood.learning.api.TrainingRequirementDefined;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps the access tables: whose each record is and which school it belongs to, which sign-in identity opens each
 * staff record, and the roles granted. Its processing group runs subscribed, in the transaction of the command whose
 * events it follows, so the access policy never lags behind the records it guards.
 */
@Component
@ProcessingGroup(AccessDirectory.PROCESSING_GROUP)
public class AccessDirectory {

    public static final String PROCESSING_GROUP = "access";

    private final JdbcClient jdbc;

    AccessDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SchoolRegistered event) {
        jdbc.sql("INSERT INTO access_school (school_id, trust_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.schoolId().value(), uuid(event.trustId()))
                .update();
    }

    @EventHandler
    void on(StaffMemberRegistered event) {
        jdbc.sql("""
                        INSERT INTO access_person (staff_id, school_id, email, category) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.staffId().value(), event.schoolId().value(), EmailAddresses.folded(event.email().text()),
                        event.category().name())
                .update();
    }

    @EventHandler
    void on(StaffDetailsChanged event) {
        jdbc.sql("UPDATE access_person SET email = ? WHERE staff_id = ?")
                .params(EmailAddresses.folded(event.email().text()), event.staffId().value())
                .update();
    }

    @EventHandler
    void on(StaffCategoryChanged event) {
        jdbc.sql("UPDATE access_person SET category = ? WHERE staff_id = ?")
                .params(event.category().name(), event.staffId().value())
                .update();
    }

    @EventHandler
    void on(StaffMemberLeft event) {
        jdbc.sql("UPDATE access_person SET left_on = ? WHERE staff_id = ?")
                .params(event.leftOn(), event.staffId().value())
                .update();
    }

    @EventHandler
    void on(SignInIdentityLinked event) {
        jdbc.sql("""
                        INSERT INTO access_identity (staff_id, issuer, subject) VALUES (?, ?, ?)
                        ON CONFLICT (staff_id) DO UPDATE SET issuer = excluded.issuer, subject = excluded.subject""")
                .params(event.staffId().value(), event.identity().issuer(), event.identity().subject().text())
                .update();
    }

    @EventHandler
    void on(SignInIdentityUnlinked event) {
        jdbc.sql("DELETE FROM access_identity WHERE staff_id = ?").param(event.staffId().value()).update();
    }

    @EventHandler
    void on(AccessGranted event, @Timestamp Instant grantedAt) {
        jdbc.sql("""
                        INSERT INTO access_grant (staff_id, role, scope, school_id, trust_id, granted_by, granted_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.staffId().value(), event.role().name(), event.scope().name(), event.schoolId().value(),
                        uuid(event.trustId()), event.grantedBy(), grantedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    @EventHandler
    void on(AccessRevoked event) {
        jdbc.sql("DELETE FROM access_grant WHERE staff_id = ? AND role = ? AND scope = ?")
                .params(event.staffId().value(), event.role().name(), event.scope().name())
                .update();
    }

    @EventHandler
    void on(AppraisalCycleOpened event) {
        jdbc.sql("INSERT INTO access_cycle (cycle_id, school_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.cycleId().value(), event.schoolId().value())
                .update();
    }

    @EventHandler
    void on(AppraisalStarted event) {
        appraisal(event.appraisalId().value(), event.schoolId(), event.appraiseeId(), event.appraiserId().value(),
                event.category() == StaffCategory.HEADTEACHER);
    }

    @EventHandler
    void on(AppraisalExempted event) {
        boolean headteacher = jdbc.sql("SELECT category = 'HEADTEACHER' FROM access_person WHERE staff_id = ?")
                .param(event.appraiseeId().value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
        appraisal(event.appraisalId().value(), event.schoolId(), event.appraiseeId(), null, headteacher);
    }

    @EventHandler
    void on(AppraiserChanged event) {
        jdbc.sql("UPDATE access_appraisal SET appraiser_id = ? WHERE appraisal_id = ?")
                .params(event.appraiserId().value(), event.appraisalId().value())
                .update();
    }

    @EventHandler
    void on(CpdActivityRequested event) {
        learning(event.activityId().value(), event.staffId(), event.schoolId());
    }

    @EventHandler
    void on(CompletedCpdLogged event) {
        learning(event.activityId().value(), event.staffId(), event.schoolId());
    }

    @EventHandler
    void on(TrainingCompleted event) {
        learning(event.recordId().value(), event.staffId(), event.schoolId());
    }

    @EventHandler
    void on(ExemptedFromTraining event) {
        learning(event.recordId().value(), event.staffId(), event.schoolId());
    }

    @EventHandler
    void on(TrainingRequirementDefined event) {
        jdbc.sql("""
                        INSERT INTO access_requirement (requirement_id, school_id, trust_id) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.requirementId().value(), uuid(event.schoolId()), uuid(event.trustId()))
                .update();
    }

    private void appraisal(UUID appraisalId, SchoolId schoolId, StaffId appraiseeId, UUID appraiserId,
                           boolean headteacher) {
        jdbc.sql("""
                        INSERT INTO access_appraisal (appraisal_id, school_id, appraisee_id, appraiser_id, headteacher)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(appraisalId, schoolId.value(), appraiseeId.value(), appraiserId, headteacher)
                .update();
    }

    private void learning(UUID recordId, StaffId staffId, SchoolId schoolId) {
        jdbc.sql("INSERT INTO access_learning (record_id, staff_id, school_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(recordId, staffId.value(), schoolId.value())
                .update();
    }

    private static UUID uuid(SchoolId schoolId) {
        return schoolId == null ? null : schoolId.value();
    }

    private static UUID uuid(TrustId trustId) {
        return trustId == null ? null : trustId.value();
    }
}
