package dev.heartwood.reporting.directory;

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
import dev.heartwood.appraisal.api.StaffRoleAssigned;
import dev.heartwood.appraisal.api.StaffRoleRemoved;
import dev.heartwood.appraisal.api.TrustRegistered;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.EventPosition;
import dev.heartwood.reporting.RowUpdate;
import dev.heartwood.reporting.api.rebuild.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The trusts, schools and staff as the query API shows them. */
@Component
@ProjectionTables({"trust_view", "school_view", "staff_view"})
@ProcessingGroup(DirectoryProjection.PROCESSING_GROUP)
@IgnoresEvents({
        // who may open a record is the access tables' business; a school's priorities are the learning reports'
        AccessGranted.class, AccessRevoked.class, SchoolPriorityAdded.class, SignInIdentityLinked.class,
        SignInIdentityUnlinked.class
})
class DirectoryProjection {

    static final String PROCESSING_GROUP = "directory";

    private static final RowUpdate STAFF = new RowUpdate("staff_view", "staff_id");

    private final JdbcClient jdbc;

    DirectoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TrustRegistered event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO trust_view (trust_id, name, last_event_index) VALUES (?, ?, ?)
                        ON CONFLICT (trust_id) DO NOTHING""")
                .params(event.trustId().value(), event.name(), EventPosition.of(token))
                .update();
    }

    @EventHandler
    void on(SchoolRegistered event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO school_view (school_id, trust_id, name, type, last_event_index)
                        VALUES (:school, :trust, :name, :type, :index)
                        ON CONFLICT (school_id) DO NOTHING""")
                .param("school", event.schoolId().value())
                .param("trust", event.trustId() == null ? null : event.trustId().value())
                .param("name", event.name())
                .param("type", event.type().name())
                .param("index", EventPosition.of(token))
                .update();
    }

    @EventHandler
    void on(StaffMemberRegistered event, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO staff_view (staff_id, school_id, external_id, name, email, category, start_date,
                                                fte, last_event_index)
                        VALUES (:staff, :school, :external, :name, :email, :category, :start, :fte, :index)
                        ON CONFLICT (staff_id) DO NOTHING""")
                .param("staff", event.staffId().value())
                .param("external", event.externalId())
                .param("school", event.schoolId().value())
                .param("name", event.name().text())
                .param("email", event.email().text())
                .param("category", event.category().name())
                .param("start", event.startDate())
                .param("fte", event.fte())
                .param("index", EventPosition.of(token))
                .update();
    }

    @EventHandler
    void on(StaffDetailsChanged event, TrackingToken token) {
        update(event.staffId(), "name = ?, email = ?", token, event.name().text(), event.email().text());
    }

    @EventHandler
    void on(StaffCategoryChanged event, TrackingToken token) {
        update(event.staffId(), "category = ?", token, event.category().name());
    }

    @EventHandler
    void on(StaffFteChanged event, TrackingToken token) {
        update(event.staffId(), "fte = ?", token, event.fte());
    }

    @EventHandler
    void on(StaffRoleAssigned event, TrackingToken token) {
        update(event.staffId(), "roles = array_append(array_remove(roles, ?), ?)", token, event.role().name(),
                event.role().name());
    }

    @EventHandler
    void on(StaffRoleRemoved event, TrackingToken token) {
        update(event.staffId(), "roles = array_remove(roles, ?)", token, event.role().name());
    }

    @EventHandler
    void on(LineManagerAssigned event, TrackingToken token) {
        update(event.staffId(), "line_manager_id = ?", token, event.lineManagerId().value());
    }

    @EventHandler
    void on(StaffMemberLeft event, TrackingToken token) {
        update(event.staffId(), "left_on = ?", token, event.leftOn());
    }

    private void update(StaffId staffId, String assignments, TrackingToken token, Object... values) {
        STAFF.apply(jdbc, staffId.value(), assignments, token, values);
    }
}
