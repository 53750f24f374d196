package dev.heartwood.infra;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Each replayable processor and the tables of its read model, read as text to compare a rebuild with the live ones. */
public final class ReadModels {

    public static final Map<String, List<String>> TABLES = new TreeMap<>(Map.of(
            "appraisal-summary", List.of("appraisal_summary", "appraisal_summary_objective", "cycle_view"),
            "directory", List.of("trust_view", "school_view", "staff_view"),
            "audit-log", List.of("audit_log"),
            "cpd-activities", List.of("cpd_activity_view"),
            "staff-timeline", List.of("staff_timeline", "staff_timeline_appraisal"),
            "training", List.of("training_requirement", "training_requirement_version", "training_school",
                    "training_staff", "training_staff_category", "training_staff_role", "training_completion",
                    "training_exemption"),
            "completion-tracker", List.of("completion_trust", "completion_cycle", "completion_appraisal",
                    "completion_objective", "headteacher_panel_member", "headteacher_adviser",
                    "headteacher_consultation"),
            "learning-reports", List.of("learning_report_activity", "learning_report_activity_link",
                    "learning_report_appraisal", "learning_report_objective", "learning_report_objective_priority",
                    "learning_report_objective_standard", "learning_report_priority",
                    "learning_report_objective_totals")));

    private ReadModels() {
    }

    /**
     * Every row of the processor's tables as text, in a stable order, apart from {@code last_event_index}: that
     * tells how fresh a row is by where the processor stood when it last changed it, which may be past the event's
     * own index when events commit out of order, as they do under concurrent commands (see {@code EventPosition}).
     */
    public static List<List<String>> rows(JdbcClient jdbc, String processor) {
        return TABLES.get(processor).stream()
                .map(table -> jdbc.sql("SELECT (to_jsonb(t) - 'last_event_index')::text AS row FROM " + table
                                + " t ORDER BY row")
                        .query(String.class).list())
                .toList();
    }

    /**
     * Per table of every read model, its row count and a sum of its rows' hashes (apart from
     * {@code last_event_index}, as in {@link #rows}): equal tables give equal fingerprints whatever the rows' order,
     * without reading a million rows out of the database.
     */
    public static Map<String, String> fingerprints(JdbcClient jdbc) {
        Map<String, String> fingerprints = new TreeMap<>();
        TABLES.values().stream().flatMap(List::stream).forEach(table -> fingerprints.put(table, jdbc.sql("""
                        SELECT count(*) || ' rows, ' || coalesce(sum(hashtextextended(
                                   (to_jsonb(t) - 'last_event_index')::text, 0)::numeric), 0)
                        FROM %s t""".formatted(table))
                .query(String.class).single()));
        return fingerprints;
    }
}
