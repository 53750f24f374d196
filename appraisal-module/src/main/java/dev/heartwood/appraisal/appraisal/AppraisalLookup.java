package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalLookups;
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
import dev.heartwood.appraisal.api.MidYearReviewHeld;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.ObjectivesDisagreementRecorded;
import dev.heartwood.appraisal.api.ProgressNoteAdded;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.SelfReviewSubmitted;
import dev.heartwood.appraisal.api.StandardsCommunicated;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.kernel.StaffId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Written in the transaction of the command that changed the appraisal. The table's unique key on person and
 * cycle also stops two appraisals started at the same moment on different nodes.
 */
@Component
@ProcessingGroup(AppraisalLookups.PROCESSING_GROUP)
@IgnoresEvents({
        // the register knows whose appraisals are open, in which cycle, and who appraises them; the steps of the
        // year change none of that
        AppraisalReportIssued.class, DevelopmentNeedIdentified.class, EvidenceReferenced.class,
        ExternalAdviserAppointed.class, ExternalAdviserConsulted.class, FinalReviewHeld.class,
        GovernorsPanelAppointed.class, MidYearReviewHeld.class, ObjectiveOutcomeRecorded.class, ObjectiveRevised.class,
        ObjectivesAgreed.class, ObjectivesDisagreementRecorded.class, ObjectiveSet.class, ObjectiveWithdrawn.class,
        ProgressNoteAdded.class, ReviewSignedOff.class, SelfReviewSubmitted.class, StandardsCommunicated.class
})
class AppraisalLookup implements AppraisalRegister {

    private final JdbcClient jdbc;

    AppraisalLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppraisalStarted event) {
        insert(event.appraisalId(), event.cycleId(), event.appraiseeId(), event.appraiserId().value(), true);
    }

    @EventHandler
    void on(AppraisalExempted event) {
        insert(event.appraisalId(), event.cycleId(), event.appraiseeId(), null, false);
    }

    @EventHandler
    void on(AppraiserChanged event) {
        jdbc.sql("UPDATE lookup_appraisal SET appraiser_id = ? WHERE appraisal_id = ?")
                .params(event.appraiserId().value(), event.appraisalId().value())
                .update();
    }

    @EventHandler
    void on(AppraisalCompleted event) {
        markOpen(event.appraisalId(), false);
    }

    @EventHandler
    void on(AppraisalTerminated event) {
        markOpen(event.appraisalId(), false);
    }

    @EventHandler
    void on(AppraisalReopened event) {
        markOpen(event.appraisalId(), true);
    }

    private void insert(AppraisalId appraisalId, CycleId cycleId, StaffId appraiseeId, UUID appraiserId,
                        boolean open) {
        jdbc.sql("""
                        INSERT INTO lookup_appraisal (appraisal_id, cycle_id, appraisee_id, appraiser_id, open)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(appraisalId.value(), cycleId.value(), appraiseeId.value(), appraiserId, open)
                .update();
    }

    private void markOpen(AppraisalId appraisalId, boolean open) {
        jdbc.sql("UPDATE lookup_appraisal SET open = ? WHERE appraisal_id = ?")
                .params(open, appraisalId.value())
                .update();
    }

    @Override
    public Optional<AppraisalId> appraisalOf(StaffId appraiseeId, CycleId cycleId) {
        return jdbc.sql("SELECT appraisal_id FROM lookup_appraisal WHERE appraisee_id = ? AND cycle_id = ?")
                .params(appraiseeId.value(), cycleId.value())
                .query(UUID.class)
                .optional()
                .map(AppraisalId::new);
    }

    @Override
    public List<AppraisalId> openAppraisalsOf(StaffId appraiseeId) {
        return jdbc.sql("SELECT appraisal_id FROM lookup_appraisal WHERE appraisee_id = ? AND open ORDER BY appraisal_id")
                .param(appraiseeId.value())
                .query(UUID.class)
                .list().stream()
                .map(AppraisalId::new)
                .toList();
    }

    @Override
    public List<StaffId> appraiseesUnderWay(CycleId cycleId, Optional<StaffId> appraiserId) {
        UUID appraiser = appraiserId.map(StaffId::value).orElse(null);
        return jdbc.sql("""
                        SELECT appraisee_id FROM lookup_appraisal
                        WHERE cycle_id = ? AND open AND (CAST(? AS UUID) IS NULL OR appraiser_id = ?)
                        ORDER BY appraisee_id""")
                .params(cycleId.value(), appraiser, appraiser)
                .query(UUID.class)
                .list().stream()
                .map(StaffId::new)
                .toList();
    }

    @Override
    public StepDays stepDaysOf(AppraisalId appraisalId) {
        return jdbc.sql("""
                        SELECT c.period_start, s.start_date FROM lookup_appraisal a
                        JOIN lookup_cycle c ON c.cycle_id = a.cycle_id
                        JOIN lookup_staff_member s ON s.staff_id = a.appraisee_id
                        WHERE a.appraisal_id = ?""")
                .param(appraisalId.value())
                .query((row, n) -> new StepDays(row.getObject("period_start", LocalDate.class),
                        row.getObject("start_date", LocalDate.class)))
                .single();
    }
}
