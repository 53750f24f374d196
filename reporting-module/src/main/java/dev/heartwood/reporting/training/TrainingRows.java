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

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the training read model back into the values the compliance rule takes on a day: for one person or for
 * whole schools in the same six queries, however many people they have. Only what can decide the day's answer is
 * read: the latest completion of each requirement on or before the day and the exemptions covering it (the rule
 * looks at nothing else), and at schools only the people on the staff that day.
 */
@Component
class TrainingRows {

    /** A person's school and trust (the trust may be {@code null}) and their history. */
    record Person(UUID staffId, UUID schoolId, UUID trustId, StaffHistory history, long lastEventIndex) {
    }

    /** The latest completion of a requirement on or before the day asked about: at most one per requirement. */
    record Completion(UUID requirementId, LocalDate completedOn, String certificateReference, long lastEventIndex) {
    }

    record Exemption(UUID requirementId, ExemptionPeriod period, long lastEventIndex) {
    }

    /** A requirement of a school or of a trust, with its whole history. */
    record Requirement(UUID requirementId, UUID schoolId, UUID trustId, RequirementHistory history,
                       long lastEventIndex) {

        boolean appliesAt(Person person) {
            return person.schoolId().equals(schoolId) || trustId != null && trustId.equals(person.trustId());
        }
    }

    /**
     * The facts about a set of people: who they are, their training, and the requirements of their schools (those of
     * the school and of its trust, by school).
     */
    record Facts(List<Person> people, Map<UUID, List<Completion>> completions, Map<UUID, List<Exemption>> exemptions,
                 Map<UUID, List<Requirement>> requirementsBySchool) {

        /** The requirements of the person's school and trust, in a stable order. */
        List<Requirement> requirementsOf(Person person) {
            return requirementsBySchool.getOrDefault(person.schoolId(), List.of());
        }

        List<Completion> completionsOf(Person person) {
            return completions.getOrDefault(person.staffId(), List.of());
        }

        List<Exemption> exemptionsOf(Person person) {
            return exemptions.getOrDefault(person.staffId(), List.of());
        }

        /** The position of the last event applied to any fact the person's answer is computed from. */
        long lastEventIndex(Person person) {
            long newest = person.lastEventIndex();
            for (Completion completion : completionsOf(person)) {
                newest = Math.max(newest, completion.lastEventIndex());
            }
            for (Exemption exemption : exemptionsOf(person)) {
                newest = Math.max(newest, exemption.lastEventIndex());
            }
            for (Requirement requirement : requirementsOf(person)) {
                newest = Math.max(newest, requirement.lastEventIndex());
            }
            return newest;
        }
    }

    /** The people on the staff of the schools {@code :scope} on the day. */
    private static final String ON_STAFF = "staff.school_id IN (:scope) AND staff.start_date <= :day"
            + " AND (staff.left_on IS NULL OR staff.left_on >= :day)";

    private final JdbcClient jdbc;

    TrainingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts about one person on a day; no one when the read model does not know them. */
    Facts ofPerson(UUID staffId, LocalDate day) {
        return facts("staff.staff_id = :scope", staffId, day, true);
    }

    /** The facts about these people on a day. */
    Facts ofStaff(Collection<UUID> staffIds, LocalDate day) {
        return staffIds.isEmpty() ? new Facts(List.of(), Map.of(), Map.of(), Map.of())
                : facts("staff.staff_id IN (:scope)", staffIds, day, true);
    }

    /**
     * The facts about everyone on the staff of the schools on a day but their training (no completions, no
     * exemptions): enough to know what applies to whom, which does not depend on training done.
     */
    Facts untrainedOnStaffAt(Collection<UUID> schoolIds, LocalDate day) {
        return schoolIds.isEmpty() ? new Facts(List.of(), Map.of(), Map.of(), Map.of())
                : facts(ON_STAFF, schoolIds, day, false);
    }

    /** The facts about everyone on the staff of the schools on a day. */
    Facts onStaffAt(Collection<UUID> schoolIds, LocalDate day) {
        return schoolIds.isEmpty() ? new Facts(List.of(), Map.of(), Map.of(), Map.of())
                : facts(ON_STAFF, schoolIds, day, true);
    }

    private Facts facts(String people, Object scope, LocalDate day, boolean training) {
        // the newest event applied to each person's category and role rows, for the person's freshness
        Map<UUID, Long> newestHistory = new HashMap<>();
        Map<UUID, List<StaffHistory.CategoryFrom>> categories = byStaff(jdbc.sql("""
                        SELECT category.staff_id, category.effective_from, category.category, category.last_event_index
                        FROM training_staff_category category JOIN training_staff staff USING (staff_id)
                        WHERE\s""" + people)
                .param("scope", scope)
                .param("day", day)
                .query((row, n) -> Map.entry(history(row, newestHistory), new StaffHistory.CategoryFrom(
                        row.getObject("effective_from", LocalDate.class),
                        StaffCategory.valueOf(row.getString("category")))))
                .list());
        Map<UUID, List<StaffHistory.RoleChange>> roles = byStaff(jdbc.sql("""
                        SELECT role.staff_id, role.effective_from, role.role, role.held, role.last_event_index
                        FROM training_staff_role role JOIN training_staff staff USING (staff_id)
                        WHERE\s""" + people)
                .param("scope", scope)
                .param("day", day)
                .query((row, n) -> Map.entry(history(row, newestHistory), new StaffHistory.RoleChange(
                        row.getObject("effective_from", LocalDate.class), StaffRole.valueOf(row.getString("role")),
                        row.getBoolean("held"))))
                .list());
        List<Person> persons = jdbc.sql("""
                        SELECT staff.staff_id, staff.school_id, school.trust_id, staff.start_date, staff.left_on,
                               greatest(staff.last_event_index, school.last_event_index) AS last_event_index
                        FROM training_staff staff LEFT JOIN training_school school USING (school_id)
                        WHERE\s""" + people + " ORDER BY staff.staff_id")
                .param("scope", scope)
                .param("day", day)
                .query((row, n) -> {
                    UUID staffId = row.getObject("staff_id", UUID.class);
                    return new Person(staffId, row.getObject("school_id", UUID.class),
                            row.getObject("trust_id", UUID.class),
                            new StaffHistory(row.getObject("start_date", LocalDate.class),
                                    row.getObject("left_on", LocalDate.class),
                                    categories.getOrDefault(staffId, List.of()), roles.getOrDefault(staffId, List.of())),
                            Math.max(row.getLong("last_event_index"), newestHistory.getOrDefault(staffId, 0L)));
                })
                .list();
        if (persons.isEmpty()) {
            return new Facts(List.of(), Map.of(), Map.of(), Map.of());
        }
        Map<UUID, List<Completion>> completions = !training ? Map.of() : byStaff(jdbc.sql("""
                        SELECT completion.staff_id, completion.requirement_id, completion.completed_on,
                               completion.certificate_reference, completion.last_event_index
                        FROM training_completion completion JOIN training_staff staff USING (staff_id)
                        WHERE completion.completed_on <= :day
                          AND (completion.superseded_on IS NULL OR completion.superseded_on > :day)
                          AND\s""" + people)
                .param("scope", scope)
                .param("day", day)
                .query((row, n) -> Map.entry(row.getObject("staff_id", UUID.class), new Completion(
                        row.getObject("requirement_id", UUID.class), row.getObject("completed_on", LocalDate.class),
                        row.getString("certificate_reference"), row.getLong("last_event_index"))))
                .list());
        Map<UUID, List<Exemption>> exemptions = !training ? Map.of() : byStaff(jdbc.sql("""
                        SELECT exemption.* FROM training_exemption exemption
                        JOIN training_staff staff USING (staff_id)
                        WHERE exemption.exempt_from <= :day AND exemption.exempt_until >= :day AND\s""" + people)
                .param("scope", scope)
                .param("day", day)
                .query((row, n) -> Map.entry(row.getObject("staff_id", UUID.class), new Exemption(
                        row.getObject("requirement_id", UUID.class),
                        new ExemptionPeriod(row.getObject("exempt_from", LocalDate.class),
                                row.getObject("exempt_until", LocalDate.class)),
                        row.getLong("last_event_index"))))
                .list());
        List<Requirement> requirements = requirementsAt(
                persons.stream().map(Person::schoolId).collect(Collectors.toSet()),
                persons.stream().map(Person::trustId).filter(Objects::nonNull).collect(Collectors.toSet()));
        // a school's people share its requirements: sorted out once per school, not once per person
        Map<UUID, List<Requirement>> bySchool = new HashMap<>();
        persons.forEach(person -> bySchool.computeIfAbsent(person.schoolId(), school -> requirements.stream()
                .filter(requirement -> requirement.appliesAt(person)).toList()));
        return new Facts(persons, completions, exemptions, bySchool);
    }

    /** One version of a requirement, as read with the requirement it belongs to. */
    private record VersionRow(UUID requirementId, UUID schoolId, UUID trustId, LocalDate withdrawnFrom,
                              RequirementVersion version, long lastEventIndex) {
    }

    /** The requirements of the schools and of the trusts, each with its whole history, in a stable order. */
    private List<Requirement> requirementsAt(Set<UUID> schools, Set<UUID> trusts) {
        // IN () is not SQL: an empty set asks for a school or trust that cannot exist
        Set<UUID> none = Set.of(new UUID(0, 0));
        return requirements("requirement.school_id IN (:schools) OR requirement.trust_id IN (:trusts)", Map.of(
                "schools", schools.isEmpty() ? none : schools, "trusts", trusts.isEmpty() ? none : trusts));
    }

    /** The requirements of the schools' own and of their trusts'. */
    List<Requirement> requirementsAtSchools(Collection<UUID> schoolIds) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        Set<UUID> trusts = jdbc.sql("""
                        SELECT DISTINCT trust_id FROM training_school
                        WHERE school_id IN (:schools) AND trust_id IS NOT NULL""")
                .param("schools", schoolIds)
                .query(UUID.class).set();
        return requirementsAt(Set.copyOf(schoolIds), trusts);
    }

    /** The requirements of a school's own and its trust's, or those of a trust. */
    List<Requirement> requirementsOf(UUID schoolId, UUID trustId) {
        if (schoolId == null) {
            return requirementsAt(Set.of(), Set.of(trustId));
        }
        Set<UUID> trusts = jdbc.sql("SELECT trust_id FROM training_school WHERE school_id = ? AND trust_id IS NOT NULL")
                .param(schoolId)
                .query(UUID.class).set();
        return requirementsAt(Set.of(schoolId), trusts);
    }

    /** One requirement with its whole history, when the read model knows it. */
    Optional<Requirement> requirement(UUID requirementId) {
        return requirements("requirement.requirement_id = :requirement", Map.of("requirement", requirementId))
                .stream().findFirst();
    }

    private List<Requirement> requirements(String which, Map<String, ?> params) {
        Map<UUID, List<VersionRow>> byRequirement = jdbc.sql("""
                        SELECT requirement.requirement_id, requirement.school_id, requirement.trust_id,
                               requirement.withdrawn_from,
                               greatest(requirement.last_event_index, version.last_event_index) AS newest, version.*
                        FROM training_requirement requirement
                        JOIN training_requirement_version version USING (requirement_id)
                        WHERE\s""" + which + " ORDER BY requirement.requirement_id, version.effective_from")
                .params(params)
                .query((row, n) -> new VersionRow(row.getObject("requirement_id", UUID.class),
                        row.getObject("school_id", UUID.class), row.getObject("trust_id", UUID.class),
                        row.getObject("withdrawn_from", LocalDate.class),
                        new RequirementVersion(row.getObject("effective_from", LocalDate.class),
                                new RequirementTerms(row.getString("title"),
                                        TrainingCategory.valueOf(row.getString("category")),
                                        audience(row.getString("audience"), row.getString("audience_category"),
                                                row.getString("audience_role")),
                                        row.getInt("due_within_days"),
                                        row.getObject("renewal_months", Integer.class), row.getInt("grace_days"),
                                        row.getInt("warning_days"), row.getString("source"))),
                        row.getLong("newest")))
                .list().stream()
                .collect(Collectors.groupingBy(VersionRow::requirementId, LinkedHashMap::new, Collectors.toList()));
        return byRequirement.values().stream().map(versions -> {
            VersionRow first = versions.get(0);
            return new Requirement(first.requirementId(), first.schoolId(), first.trustId(),
                    new RequirementHistory(versions.stream().map(VersionRow::version).toList(), first.withdrawnFrom()),
                    versions.stream().mapToLong(VersionRow::lastEventIndex).max().orElse(0));
        }).toList();
    }

    /** The row's person, whose newest history event so far is kept in {@code newest}. */
    private static UUID history(ResultSet row, Map<UUID, Long> newest) throws SQLException {
        UUID staffId = row.getObject("staff_id", UUID.class);
        newest.merge(staffId, row.getLong("last_event_index"), Math::max);
        return staffId;
    }

    private static <T> Map<UUID, List<T>> byStaff(List<Map.Entry<UUID, T>> rows) {
        Map<UUID, List<T>> byStaff = new HashMap<>();
        rows.forEach(row -> byStaff.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        return byStaff;
    }

    private static TrainingAudience audience(String kind, String category, String role) {
        return new TrainingAudience(TrainingAudience.Kind.valueOf(kind),
                category == null ? null : StaffCategory.valueOf(category),
                role == null ? null : StaffRole.valueOf(role));
    }
}
