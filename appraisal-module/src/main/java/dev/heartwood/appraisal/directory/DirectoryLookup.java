package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.AccessGranted;
import dev.heartwood.appraisal.api.AccessRevoked;
import dev.heartwood.appraisal.api.AppraisalLookups;
import dev.heartwood.appraisal.api.LineManagerAssigned;
import dev.heartwood.appraisal.api.SchoolPriorityAdded;
import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.SchoolType;
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
import dev.heartwood.appraisal.api.TrustRegistered;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.EmailAddresses;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
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
 * The directory as the write side needs it. Its processing group runs subscribed, inside the transaction of the
 * command that published the event, so a school is known the moment its registration is accepted.
 */
@Component
@ProcessingGroup(AppraisalLookups.PROCESSING_GROUP)
@IgnoresEvents({
        // the directory's rules ask about a person's school, category, address, line manager and leaving: not their
        // access, their hours nor their responsibilities
        AccessGranted.class, AccessRevoked.class, SignInIdentityLinked.class, SignInIdentityUnlinked.class,
        StaffFteChanged.class, StaffRoleAssigned.class, StaffRoleRemoved.class
})
class DirectoryLookup implements Directory {

    /** Addresses are unique within a trust, or within a school outside any trust. */
    private static final String ADDRESS_SCOPE =
            "SELECT coalesce(trust_id, school_id) FROM lookup_school WHERE school_id = ?";
    private static final String STAFF_COLUMNS = "staff_id, school_id, category, line_manager_id, left_on";
    private static final RowMapper<StaffFacts> STAFF = (row, n) -> new StaffFacts(
            new StaffId(row.getObject("staff_id", UUID.class)),
            new SchoolId(row.getObject("school_id", UUID.class)),
            StaffCategory.valueOf(row.getString("category")),
            Optional.ofNullable(row.getObject("line_manager_id", UUID.class)).map(StaffId::new).orElse(null),
            row.getObject("left_on", LocalDate.class));

    private final JdbcClient jdbc;

    DirectoryLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TrustRegistered event) {
        jdbc.sql("INSERT INTO lookup_trust (trust_id) VALUES (?) ON CONFLICT DO NOTHING")
                .param(event.trustId().value())
                .update();
    }

    @EventHandler
    void on(SchoolRegistered event) {
        jdbc.sql("INSERT INTO lookup_school (school_id, type, trust_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(event.schoolId().value(), event.type().name(),
                        event.trustId() == null ? null : event.trustId().value())
                .update();
    }

    @EventHandler
    void on(SchoolPriorityAdded event) {
        jdbc.sql("""
                        INSERT INTO lookup_school_priority (priority_id, school_id, academic_year) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.priorityId().value(), event.schoolId().value(), event.academicYear().toString())
                .update();
    }

    @EventHandler
    void on(StaffMemberRegistered event) {
        jdbc.sql("""
                        INSERT INTO lookup_staff_member (staff_id, school_id, external_id, category, start_date, email,
                                                         email_scope)
                        VALUES (?, ?, ?, ?, ?, ?, (%s)) ON CONFLICT DO NOTHING""".formatted(ADDRESS_SCOPE))
                .params(event.staffId().value(), event.schoolId().value(), event.externalId(),
                        event.category().name(), event.startDate(), EmailAddresses.folded(event.email().text()),
                        event.schoolId().value())
                .update();
    }

    @EventHandler
    void on(StaffDetailsChanged event) {
        update("email = ?", EmailAddresses.folded(event.email().text()), event.staffId());
    }

    @EventHandler
    void on(StaffCategoryChanged event) {
        update("category = ?", event.category().name(), event.staffId());
    }

    @EventHandler
    void on(LineManagerAssigned event) {
        update("line_manager_id = ?", event.lineManagerId().value(), event.staffId());
    }

    @EventHandler
    void on(StaffMemberLeft event) {
        update("left_on = ?", event.leftOn(), event.staffId());
    }

    private void update(String assignment, Object value, StaffId staffId) {
        jdbc.sql("UPDATE lookup_staff_member SET " + assignment + " WHERE staff_id = ?")
                .params(value, staffId.value())
                .update();
    }

    @Override
    public boolean trustExists(TrustId trustId) {
        return jdbc.sql("SELECT count(*) FROM lookup_trust WHERE trust_id = ?")
                .param(trustId.value())
                .query(Long.class)
                .single() > 0;
    }

    @Override
    public Optional<SchoolFacts> school(SchoolId schoolId) {
        return jdbc.sql("SELECT type, trust_id FROM lookup_school WHERE school_id = ?")
                .param(schoolId.value())
                .query((row, n) -> new SchoolFacts(schoolId, SchoolType.valueOf(row.getString("type")),
                        Optional.ofNullable(row.getObject("trust_id", UUID.class)).map(TrustId::new).orElse(null)))
                .optional();
    }

    @Override
    public Optional<StaffFacts> staffMember(StaffId staffId) {
        return jdbc.sql("SELECT " + STAFF_COLUMNS + " FROM lookup_staff_member WHERE staff_id = ?")
                .param(staffId.value())
                .query(STAFF)
                .optional();
    }

    @Override
    public List<StaffFacts> staffOf(SchoolId schoolId) {
        return jdbc.sql("SELECT " + STAFF_COLUMNS + " FROM lookup_staff_member WHERE school_id = ? ORDER BY staff_id")
                .param(schoolId.value())
                .query(STAFF)
                .list();
    }

    @Override
    public Optional<StaffId> staffByExternalId(SchoolId schoolId, String externalId) {
        return jdbc.sql("SELECT staff_id FROM lookup_staff_member WHERE school_id = ? AND external_id = ?")
                .params(schoolId.value(), externalId)
                .query(UUID.class)
                .optional()
                .map(StaffId::new);
    }

    @Override
    public Optional<StaffId> currentStaffWithAddress(SchoolId schoolId, String foldedAddress) {
        return jdbc.sql("""
                        SELECT staff_id FROM lookup_staff_member
                        WHERE email_scope = (%s) AND email = ? AND left_on IS NULL""".formatted(ADDRESS_SCOPE))
                .params(schoolId.value(), foldedAddress)
                .query(UUID.class)
                .optional()
                .map(StaffId::new);
    }

    @Override
    public boolean priorityExists(SchoolId schoolId, AcademicYear academicYear, PriorityId priorityId) {
        return jdbc.sql("""
                        SELECT count(*) FROM lookup_school_priority
                        WHERE priority_id = ? AND school_id = ? AND academic_year = ?""")
                .params(priorityId.value(), schoolId.value(), academicYear.toString())
                .query(Long.class)
                .single() > 0;
    }
}
