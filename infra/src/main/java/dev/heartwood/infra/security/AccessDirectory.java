package dev.heartwood.infra.security;

import dev.heartwood.appraisal.api.AccessGranted;
import dev.heartwood.appraisal.api.AccessRevoked;
import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalCycleOpened;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.AppraisalTerminated;
import dev.heartwood.appraisal.api.AppraiserChanged;
import dev.heartwood.appraisal.api.DevelopmentNeedIdentified;
import dev.heartwood.appraisal.api.EvidenceReferenced;
import dev.heartwood.appraisal.api.ExternalAdviserAppointed;
import dev.heartwood.appraisal.api.ExternalAdviserConsulted;
import dev.heartwood.appraisal.api.FinalReviewHeld;
import dev.heartwood.appraisal.api.GovernorsPanelAppointed;
import dev.heartwood.appraisal.api.LineManagerAssigned;
import dev.heartwood.appraisal.api.MidYearReviewHeld;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.ObjectivesDisagreementRecorded;
import dev.heartwood.appraisal.api.ProgressNoteAdded;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.SchoolPriorityAdded;
import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.SelfReviewSubmitted;
import dev.heartwood.appraisal.api.SignInIdentityLinked;
import dev.heartwood.appraisal.api.SignInIdentityUnlinked;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffCategoryChanged;
import dev.heartwood.appraisal.api.StaffDetailsChanged;
import dev.heartwood.appraisal.api.StaffFteChanged;
import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.StaffRoleAssigned;
import dev.heartwood.appraisal.api.StaffRoleRemoved;
import dev.heartwood.appraisal.api.StandardsCommunicated;
import dev.heartwood.kernel.EmailAddresses;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.learning.api.CPDCompleted;
import dev.heartwood.learning.api.CompletedCpdLogged;
import dev.heartwood.learning.api.CpdActivityApproved;
import dev.heartwood.learning.api.CpdActivityDeclined;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.CpdImpactEvaluated;
import dev.heartwood.learning.api.CpdLinkedToDevelopmentNeed;
import dev.heartwood.learning.api.CpdLinkedToObjective;
import dev.heartwood.learning.api.CpdLinkedToSchoolPriority;
import dev.heartwood.learning.api.CpdReflectionRecorded;
import dev.heartwood.learning.api.CpdUnlinkedFromDevelopmentNeed;
import dev.heartwood.learning.api.CpdUnlinkedFromObjective;
import dev.heartwood.learning.api.CpdUnlinkedFromSchoolPriority;
import dev.heartwood.learning.api.ExemptedFromTraining;
import dev.heartwood.learning.api.TrainingCompleted;
import dev.heartwood.learning.api.TrainingRequirementAmended;
import dev.heartwood.learning.api.TrainingRequirementDefined;
import dev.heartwood.learning.api.TrainingRequirementWithdrawn;
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
@IgnoresEvents({
        // an appraisal's steps change neither whose it is, its appraiser, nor its school
        AppraisalCompleted.class, AppraisalReopened.class, AppraisalReportIssued.class, AppraisalTerminated.class,
        DevelopmentNeedIdentified.class, EvidenceReferenced.class, ExternalAdviserAppointed.class,
        ExternalAdviserConsulted.class, FinalReviewHeld.class, GovernorsPanelAppointed.class, MidYearReviewHeld.class,
        ObjectiveOutcomeRecorded.class, ObjectiveRevised.class, ObjectivesAgreed.class,
        ObjectivesDisagreementRecorded.class, ObjectiveSet.class, ObjectiveWithdrawn.class, ProgressNoteAdded.class,
        ReviewSignedOff.class, SelfReviewSubmitted.class, StandardsCommunicated.class,
        // a piece of learning stays its owner's; its first event names them
        CpdActivityApproved.class, CpdActivityDeclined.class, CPDCompleted.class, CpdImpactEvaluated.class,
        CpdLinkedToDevelopmentNeed.class, CpdLinkedToObjective.class, CpdLinkedToSchoolPriority.class,
        CpdReflectionRecorded.class, CpdUnlinkedFromDevelopmentNeed.class, CpdUnlinkedFromObjective.class,
        CpdUnlinkedFromSchoolPriority.class,
        // an amended or withdrawn requirement keeps its school or trust
        TrainingRequirementAmended.class, TrainingRequirementWithdrawn.class,
        // hours, line management, responsibilities and priorities open nothing: roles are granted by AccessGranted
        LineManagerAssigned.class, SchoolPriorityAdded.class, StaffFteChanged.class, StaffRoleAssigned.class,
        StaffRoleRemoved.class
})
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
