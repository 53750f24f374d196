package dev.heartwood.learning.cpd;

import dev.heartwood.appraisal.api.AccessGranted;
import dev.heartwood.appraisal.api.AccessRevoked;
import dev.heartwood.appraisal.api.AppraisalCompleted;
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
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.LearningLookups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The learning module's own copy of the facts it checks, fed by the appraisal module's published events. Its
 * processing group runs subscribed, so an objective can be linked to learning the moment it is set.
 */
@Component
@ProcessingGroup(LearningLookups.PROCESSING_GROUP)
@IgnoresEvents({
        // learning is linked to a current person's objectives and needs; nothing else about an appraisal matters here
        AppraisalCompleted.class, AppraisalExempted.class, AppraisalReopened.class, AppraisalReportIssued.class,
        AppraisalTerminated.class, AppraiserChanged.class, EvidenceReferenced.class, ExternalAdviserAppointed.class,
        ExternalAdviserConsulted.class, FinalReviewHeld.class, GovernorsPanelAppointed.class, MidYearReviewHeld.class,
        ObjectiveOutcomeRecorded.class, ObjectiveRevised.class, ObjectivesAgreed.class,
        ObjectivesDisagreementRecorded.class, ProgressNoteAdded.class, ReviewSignedOff.class,
        SelfReviewSubmitted.class, StandardsCommunicated.class,
        // of a person, only their school, category and leaving matter to learning
        AccessGranted.class, AccessRevoked.class, LineManagerAssigned.class, SignInIdentityLinked.class,
        SignInIdentityUnlinked.class, StaffDetailsChanged.class, StaffFteChanged.class, StaffRoleAssigned.class,
        StaffRoleRemoved.class
})
class SchoolRecordsLookup implements SchoolRecords {

    private static final String STAFF_COLUMNS = "staff_id, school_id, category, start_date, left_on";
    private static final RowMapper<StaffOnRecord> STAFF = (row, n) -> new StaffOnRecord(
            new StaffId(row.getObject("staff_id", UUID.class)),
            new SchoolId(row.getObject("school_id", UUID.class)),
            StaffCategory.valueOf(row.getString("category")),
            row.getObject("start_date", LocalDate.class),
            row.getObject("left_on", LocalDate.class));

    private final JdbcClient jdbc;

    SchoolRecordsLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StaffMemberRegistered event) {
        jdbc.sql("""
                        INSERT INTO learning_cpd_staff (staff_id, school_id, category, start_date) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.staffId().value(), event.schoolId().value(), event.category().name(),
                        event.startDate())
                .update();
    }

    @EventHandler
    void on(StaffCategoryChanged event) {
        jdbc.sql("UPDATE learning_cpd_staff SET category = ? WHERE staff_id = ?")
                .params(event.category().name(), event.staffId().value())
                .update();
    }

    @EventHandler
    void on(StaffMemberLeft event) {
        jdbc.sql("UPDATE learning_cpd_staff SET left_on = ? WHERE staff_id = ?")
                .params(event.leftOn(), event.staffId().value())
                .update();
    }

    @EventHandler
    void on(AppraisalStarted event) {
        jdbc.sql("""
                        INSERT INTO learning_cpd_appraisal (appraisal_id, appraisee_id) VALUES (?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.appraisalId().value(), event.appraiseeId().value())
                .update();
    }

    @EventHandler
    void on(ObjectiveSet event) {
        jdbc.sql("""
                        INSERT INTO learning_cpd_objective (objective_id, appraisee_id) VALUES (?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.objectiveId().value(), event.appraiseeId().value())
                .update();
    }

    @EventHandler
    void on(ObjectiveWithdrawn event) {
        jdbc.sql("UPDATE learning_cpd_objective SET withdrawn = TRUE WHERE objective_id = ?")
                .param(event.objectiveId().value())
                .update();
    }

    /** The event names the appraisal, not the person, so the person comes from the appraisal's start. */
    @EventHandler
    void on(DevelopmentNeedIdentified event) {
        jdbc.sql("""
                        INSERT INTO learning_cpd_development_need (need_id, staff_id)
                        SELECT ?, appraisee_id FROM learning_cpd_appraisal WHERE appraisal_id = ?
                        ON CONFLICT DO NOTHING""")
                .params(event.needId().value(), event.appraisalId().value())
                .update();
    }

    @EventHandler
    void on(SchoolPriorityAdded event) {
        jdbc.sql("""
                        INSERT INTO learning_cpd_priority (priority_id, school_id) VALUES (?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.priorityId().value(), event.schoolId().value())
                .update();
    }

    /** From the training rules' copy of the directory, kept by the same processing group. */
    @Override
    public boolean schoolExists(SchoolId schoolId) {
        return jdbc.sql("SELECT count(*) FROM learning_training_school WHERE school_id = ?")
                .param(schoolId.value())
                .query(Long.class)
                .single() > 0;
    }

    @Override
    public Optional<StaffOnRecord> staffMember(StaffId staffId) {
        return jdbc.sql("SELECT " + STAFF_COLUMNS + " FROM learning_cpd_staff WHERE staff_id = ?")
                .param(staffId.value())
                .query(STAFF)
                .optional();
    }

    @Override
    public List<StaffOnRecord> staffOf(SchoolId schoolId) {
        return jdbc.sql("SELECT " + STAFF_COLUMNS + " FROM learning_cpd_staff WHERE school_id = ? ORDER BY staff_id")
                .param(schoolId.value())
                .query(STAFF)
                .list();
    }

    @Override
    public Optional<ObjectiveOnRecord> objective(ObjectiveId objectiveId) {
        return jdbc.sql("SELECT appraisee_id, withdrawn FROM learning_cpd_objective WHERE objective_id = ?")
                .param(objectiveId.value())
                .query((row, n) -> new ObjectiveOnRecord(objectiveId,
                        new StaffId(row.getObject("appraisee_id", UUID.class)), row.getBoolean("withdrawn")))
                .optional();
    }

    @Override
    public Optional<StaffId> ownerOf(DevelopmentNeedId needId) {
        return jdbc.sql("SELECT staff_id FROM learning_cpd_development_need WHERE need_id = ?")
                .param(needId.value())
                .query(UUID.class)
                .optional()
                .map(StaffId::new);
    }

    @Override
    public Optional<SchoolId> schoolOf(PriorityId priorityId) {
        return jdbc.sql("SELECT school_id FROM learning_cpd_priority WHERE priority_id = ?")
                .param(priorityId.value())
                .query(UUID.class)
                .optional()
                .map(SchoolId::new);
    }
}
