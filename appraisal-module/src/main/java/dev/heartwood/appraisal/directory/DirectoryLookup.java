package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.AppraisalLookups;
import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The directory as the write side needs it. Its processing group runs subscribed, inside the transaction of the
 * command that published the event, so a school is known the moment its registration is accepted.
 */
@Component
@ProcessingGroup(AppraisalLookups.PROCESSING_GROUP)
class DirectoryLookup implements Directory {

    private final JdbcClient jdbc;

    DirectoryLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SchoolRegistered event) {
        jdbc.sql("INSERT INTO lookup_school (school_id) VALUES (?) ON CONFLICT DO NOTHING")
                .param(event.schoolId().value())
                .update();
    }

    @EventHandler
    void on(StaffMemberRegistered event) {
        jdbc.sql("INSERT INTO lookup_staff_member (staff_id, school_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.staffId().value(), event.schoolId().value())
                .update();
    }

    @Override
    public boolean schoolExists(SchoolId schoolId) {
        return jdbc.sql("SELECT count(*) FROM lookup_school WHERE school_id = ?")
                .param(schoolId.value())
                .query(Long.class)
                .single() > 0;
    }

    @Override
    public Optional<SchoolId> schoolOf(StaffId staffId) {
        return jdbc.sql("SELECT school_id FROM lookup_staff_member WHERE staff_id = ?")
                .param(staffId.value())
                .query(UUID.class)
                .optional()
                .map(SchoolId::new);
    }
}
