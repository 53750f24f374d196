package dev.heartwood.reporting.training;

import dev.heartwood.appraisal.api.AccessGranted;
import dev.heartwood.appraisal.api.AccessRevoked;
import dev.heartwood.appraisal.api.LineManagerAssigned;
import dev.heartwood.appraisal.api.SchoolPriorityAdded;
import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.SignInIdentityLinked;
import dev.heartwood.appraisal.api.SignInIdentityUnlinked;
import dev.heartwood.appraisal.api.StaffCategoryChanged;
import dev.heartwood.appraisal.api.StaffDetailsChanged;
import dev.heartwood.appraisal.api.StaffFteChanged;
import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.appraisal.api.StaffRoleAssigned;
import dev.heartwood.appraisal.api.StaffRoleRemoved;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.EventPosition;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Which training applies to whom, and since when: each person's school (and its trust), start and leaving dates,
 * and every category and role they have had with its date. Nothing is overwritten, so any day can be asked about.
 */
@Component
@ProjectionTables({"training_school", "training_staff", "training_staff_category", "training_staff_role"})
@ProcessingGroup(TrainingQueries.PROCESSING_GROUP)
@IgnoresEvents({
        // training asks who is on the staff, in which category and with which responsibilities; nothing else
        AccessGranted.class, AccessRevoked.class, LineManagerAssigned.class, SchoolPriorityAdded.class,
        SignInIdentityLinked.class, SignInIdentityUnlinked.class, StaffDetailsChanged.class, StaffFteChanged.class
})
class TrainingStaffProjection {

    private final JdbcClient jdbc;

    TrainingStaffProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SchoolRegistered event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO training_school (school_id, trust_id, last_event_index) VALUES (?, ?, ?)
                        ON CONFLICT (school_id) DO NOTHING""")
                .params(event.schoolId().value(), event.trustId() == null ? null : event.trustId().value(),
                        EventPosition.of(token))
                .update();
    }

    @EventHandler
    void on(StaffMemberRegistered event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO training_staff (staff_id, school_id, start_date, last_event_index)
                        VALUES (?, ?, ?, ?) ON CONFLICT (staff_id) DO NOTHING""")
                .params(event.staffId().value(), event.schoolId().value(), event.startDate(), EventPosition.of(token))
                .update();
        category(event.staffId(), event.startDate(), event.category().name(), token);
    }

    @EventHandler
    void on(StaffCategoryChanged event, TrackingToken token) {
        category(event.staffId(), event.from(), event.category().name(), token);
    }

    @EventHandler
    void on(StaffRoleAssigned event, TrackingToken token) {
        role(event.staffId(), event.role(), event.from(), true, token);
    }

    @EventHandler
    void on(StaffRoleRemoved event, TrackingToken token) {
        role(event.staffId(), event.role(), event.from(), false, token);
    }

    @EventHandler
    void on(StaffMemberLeft event, TrackingToken token) {
        jdbc.sql("""
                        UPDATE training_staff SET left_on = ?, last_event_index = greatest(last_event_index, ?)
                        WHERE staff_id = ?""")
                .params(event.leftOn(), EventPosition.of(token), event.staffId().value())
                .update();
    }

    private void category(StaffId staffId, LocalDate from, String category, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO training_staff_category (staff_id, effective_from, category, last_event_index)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (staff_id, effective_from) DO UPDATE
                        SET category = excluded.category, last_event_index = excluded.last_event_index""")
                .params(staffId.value(), from, category, EventPosition.of(token))
                .update();
    }

    private void role(StaffId staffId, StaffRole role, LocalDate from, boolean held, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO training_staff_role (staff_id, role, effective_from, held, last_event_index)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (staff_id, role, effective_from) DO UPDATE
                        SET held = excluded.held, last_event_index = excluded.last_event_index""")
                .params(staffId.value(), role.name(), from, held, EventPosition.of(token))
                .update();
    }
}
