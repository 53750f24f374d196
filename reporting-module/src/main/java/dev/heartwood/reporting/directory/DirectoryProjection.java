package dev.heartwood.reporting.directory;

import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.reporting.EventPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The schools and staff as the query API shows them. */
@Component
@ProcessingGroup("directory")
class DirectoryProjection {

    private final JdbcClient jdbc;

    DirectoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                        INSERT INTO staff_view (staff_id, school_id, name, email, category, start_date, fte,
                                                last_event_index)
                        VALUES (:staff, :school, :name, :email, :category, :start, :fte, :index)
                        ON CONFLICT (staff_id) DO NOTHING""")
                .param("staff", event.staffId().value())
                .param("school", event.schoolId().value())
                .param("name", event.name().text())
                .param("email", event.email().text())
                .param("category", event.category().name())
                .param("start", event.startDate())
                .param("fte", event.fte())
                .param("index", EventPosition.of(token))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM staff_view").update();
        jdbc.sql("DELETE FROM school_view").update();
    }
}
