package dev.heartwood.reporting.compliance;

import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.query.KnownSchools;
import dev.heartwood.reporting.training.TrainingQueries;
import dev.heartwood.reporting.training.TrainingQueries.Applicable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everyone at the schools a report covers with their training on a day, computed by the training read model's
 * rule; names come from the directory read model (empty until it has caught up).
 */
@Component
class StaffStandings {

    private final TrainingQueries training;
    private final KnownSchools schools;
    private final JdbcClient jdbc;

    StaffStandings(TrainingQueries training, KnownSchools schools, JdbcClient jdbc) {
        this.training = training;
        this.schools = schools;
        this.jdbc = jdbc;
    }

    List<StaffOnTheDay> on(ReportScope scope, LocalDate day) {
        Map<UUID, String> schools = this.schools.of(scope);
        if (schools.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = names(schools);
        return training.standingsAt(schools.keySet(), day).stream()
                .map(standing -> new StaffOnTheDay(standing.schoolId(), schools.get(standing.schoolId()),
                        names.get(standing.training().staffId()), standing.history(), standing.training()))
                .toList();
    }

    /** A person at one of the schools a report covers with what applies to them on a day, their training unread. */
    record StaffApplicable(String schoolName, String staffName, Applicable applicable) {
    }

    /** Everyone at the schools a report covers with what applies to them on a day, without reading their training. */
    List<StaffApplicable> applicableOn(ReportScope scope, LocalDate day) {
        Map<UUID, String> schools = this.schools.of(scope);
        if (schools.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = names(schools);
        return training.applicableAt(schools.keySet(), day).stream()
                .map(person -> new StaffApplicable(schools.get(person.schoolId()), names.get(person.staffId()),
                        person))
                .toList();
    }

    /** The position of the last event applied to any fact the answer was computed from. */
    static long lastEventIndex(List<StaffOnTheDay> staff) {
        return staff.stream().mapToLong(person -> person.training().lastEventIndex()).max().orElse(0);
    }

    private Map<UUID, String> names(Map<UUID, String> schools) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("SELECT staff_id, name FROM staff_view WHERE school_id IN (:schools)")
                .param("schools", schools.keySet())
                .query(row -> {
                    names.put(row.getObject("staff_id", UUID.class), row.getString("name"));
                });
        return names;
    }
}
