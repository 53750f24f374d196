package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AppraisalLookups;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.StaffId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Written in the transaction of the command that started the appraisal. The table's unique key on person and
 * year also stops two appraisals started at the same moment on different nodes.
 */
@Component
@ProcessingGroup(AppraisalLookups.PROCESSING_GROUP)
class AppraisalLookup implements AppraisalRegister {

    private final JdbcClient jdbc;

    AppraisalLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppraisalStarted event) {
        jdbc.sql("INSERT INTO lookup_appraisal (appraisal_id, appraisee_id, academic_year) VALUES (?, ?, ?)")
                .params(event.appraisalId().value(), event.appraiseeId().value(), event.academicYear().toString())
                .update();
    }

    @Override
    public boolean hasAppraisal(StaffId appraiseeId, AcademicYear academicYear) {
        return jdbc.sql("SELECT count(*) FROM lookup_appraisal WHERE appraisee_id = ? AND academic_year = ?")
                .params(appraiseeId.value(), academicYear.toString())
                .query(Long.class)
                .single() > 0;
    }
}
