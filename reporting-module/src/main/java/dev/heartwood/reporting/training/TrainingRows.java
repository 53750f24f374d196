package dev.heartwood.reporting.training;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.learning.api.ExemptionPeriod;
import dev.heartwood.learning.api.RequirementHistory;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.RequirementVersion;
import dev.heartwood.learning.api.StaffHistory;
import dev.heartwood.learning.api.TrainingAudience;
import dev.heartwood.learning.api.TrainingCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the training read model back into the values the compliance rule takes. */
@Component
class TrainingRows {

    /** A person's school and trust (the trust may be {@code null}) and their history. */
    record Person(UUID schoolId, UUID trustId, StaffHistory history) {
    }

    record Completion(UUID requirementId, LocalDate completedOn, String certificateReference) {
    }

    record Exemption(UUID requirementId, ExemptionPeriod period) {
    }

    private final JdbcClient jdbc;

    TrainingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> person(UUID staffId) {
        List<StaffHistory.CategoryFrom> categories = jdbc.sql(
                        "SELECT effective_from, category FROM training_staff_category WHERE staff_id = ?")
                .param(staffId)
                .query((row, n) -> new StaffHistory.CategoryFrom(row.getObject("effective_from", LocalDate.class),
                        StaffCategory.valueOf(row.getString("category"))))
                .list();
        List<StaffHistory.RoleChange> roles = jdbc.sql(
                        "SELECT effective_from, role, held FROM training_staff_role WHERE staff_id = ?")
                .param(staffId)
                .query((row, n) -> new StaffHistory.RoleChange(row.getObject("effective_from", LocalDate.class),
                        StaffRole.valueOf(row.getString("role")), row.getBoolean("held")))
                .list();
        return jdbc.sql("""
                        SELECT staff.school_id, school.trust_id, staff.start_date, staff.left_on
                        FROM training_staff staff LEFT JOIN training_school school USING (school_id)
                        WHERE staff.staff_id = ?""")
                .param(staffId)
                .query((row, n) -> new Person(row.getObject("school_id", UUID.class),
                        row.getObject("trust_id", UUID.class),
                        new StaffHistory(row.getObject("start_date", LocalDate.class),
                                row.getObject("left_on", LocalDate.class), categories, roles)))
                .optional();
    }

    /** The requirements of the school and of its trust, each with its whole history, in a stable order. */
    Map<UUID, RequirementHistory> requirementsOf(Person person) {
        Map<UUID, List<RequirementVersion>> versions = new LinkedHashMap<>();
        Map<UUID, LocalDate> withdrawals = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT requirement.requirement_id, requirement.withdrawn_from, version.*
                        FROM training_requirement requirement
                        JOIN training_requirement_version version USING (requirement_id)
                        WHERE requirement.school_id = ? OR requirement.trust_id = ?
                        ORDER BY requirement.requirement_id, version.effective_from""")
                .params(person.schoolId(), person.trustId())
                .query(row -> {
                    UUID requirementId = row.getObject("requirement_id", UUID.class);
                    withdrawals.put(requirementId, row.getObject("withdrawn_from", LocalDate.class));
                    versions.computeIfAbsent(requirementId, id -> new ArrayList<>())
                            .add(new RequirementVersion(row.getObject("effective_from", LocalDate.class),
                                    new RequirementTerms(row.getString("title"),
                                            TrainingCategory.valueOf(row.getString("category")),
                                            audience(row.getString("audience"), row.getString("audience_category"),
                                                    row.getString("audience_role")),
                                            row.getInt("due_within_days"),
                                            row.getObject("renewal_months", Integer.class), row.getInt("grace_days"),
                                            row.getString("source"))));
                });
        Map<UUID, RequirementHistory> requirements = new LinkedHashMap<>();
        versions.forEach((id, history) -> requirements.put(id, new RequirementHistory(history, withdrawals.get(id))));
        return requirements;
    }

    /** Everyone the read model knows at the school, whether or not they are on the staff on a given day. */
    List<UUID> staffOf(UUID schoolId) {
        return jdbc.sql("SELECT staff_id FROM training_staff WHERE school_id = ?")
                .param(schoolId)
                .query(UUID.class)
                .list();
    }

    List<Completion> completions(UUID staffId) {
        return jdbc.sql("""
                        SELECT requirement_id, completed_on, certificate_reference FROM training_completion
                        WHERE staff_id = ?""")
                .param(staffId)
                .query((row, n) -> new Completion(row.getObject("requirement_id", UUID.class),
                        row.getObject("completed_on", LocalDate.class), row.getString("certificate_reference")))
                .list();
    }

    List<Exemption> exemptions(UUID staffId) {
        return jdbc.sql("SELECT requirement_id, exempt_from, exempt_until FROM training_exemption WHERE staff_id = ?")
                .param(staffId)
                .query((row, n) -> new Exemption(row.getObject("requirement_id", UUID.class),
                        new ExemptionPeriod(row.getObject("exempt_from", LocalDate.class),
                                row.getObject("exempt_until", LocalDate.class))))
                .list();
    }

    /** The position of the last event applied to any fact the person's answer is computed from. */
    long lastEventIndex(UUID staffId, Person person) {
        return jdbc.sql("""
                        SELECT coalesce(max(last_event_index), 0) FROM (
                            SELECT last_event_index FROM training_staff WHERE staff_id = :staff
                            UNION ALL SELECT last_event_index FROM training_staff_category WHERE staff_id = :staff
                            UNION ALL SELECT last_event_index FROM training_staff_role WHERE staff_id = :staff
                            UNION ALL SELECT last_event_index FROM training_completion WHERE staff_id = :staff
                            UNION ALL SELECT last_event_index FROM training_exemption WHERE staff_id = :staff
                            UNION ALL SELECT last_event_index FROM training_school WHERE school_id = :school
                            UNION ALL SELECT requirement.last_event_index FROM training_requirement requirement
                                WHERE requirement.school_id = :school OR requirement.trust_id = :trust
                            UNION ALL SELECT version.last_event_index FROM training_requirement_version version
                                JOIN training_requirement requirement USING (requirement_id)
                                WHERE requirement.school_id = :school OR requirement.trust_id = :trust
                        ) facts""")
                .param("staff", staffId)
                .param("school", person.schoolId())
                .param("trust", person.trustId())
                .query(Long.class)
                .single();
    }

    private static TrainingAudience audience(String kind, String category, String role) {
        return new TrainingAudience(TrainingAudience.Kind.valueOf(kind),
                category == null ? null : StaffCategory.valueOf(category),
                role == null ? null : StaffRole.valueOf(role));
    }
}
