package dev.heartwood.reporting.learning;

import dev.heartwood.reporting.BatchEnd;
import dev.heartwood.reporting.query.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The totals behind objectives and learning over time, per school and academic year: one row for the year, one
 * for each of the school's priorities that year and one for each standard its objectives serve, counted as
 * {@link ObjectivesAndLearningRow} explains. A handler that changes what they count says which school and year it
 * touched, and each of those is counted again from the rows once, when the batch of events is about to commit. A row is rewritten only when a count changed: a school
 * year is counted again far more often than its figures change, and each rewrite leaves a dead row version behind
 * for readers to step over until it is vacuumed.
 * <p>
 * Counting links objectives (events of appraisals) with learning (events of each piece of learning), so the two
 * must not be applied side by side in separate transactions: the learning-reports processor applies each school's
 * events in order ({@link SchoolSequence}). A person belongs to one school for good, and their learning can only
 * serve their own objectives, so everything a school's totals count comes through that school's sequence.
 */
@Component
class ObjectiveTotals {

    private static final String TOUCHED = ObjectiveTotals.class.getName() + ".touched";

    /**
     * The objectives the condition ({@code %s}, on {@code o}, a {@code learning_report_objective}) selects that were
     * not withdrawn, and whether learning that was not declined serves them.
     */
    static final String OBJECTIVES = """
            WITH objective AS (
                SELECT o.objective_id, o.academic_year, o.outcome,
                       EXISTS (SELECT 1 FROM learning_report_activity_link l
                               JOIN learning_report_activity a ON a.activity_id = l.activity_id
                               WHERE l.kind = 'OBJECTIVE' AND l.target_id = o.objective_id AND NOT a.declined)
                           AS linked
                FROM learning_report_objective o
                WHERE %s AND NOT o.withdrawn)
            """;

    /** The columns of a row of totals after its key, in the order {@link #COUNTS} gives them. */
    private static final List<String> COUNTED = List.of("objectives_set", "objectives_with_linked_learning",
            "linked_hours", "linked_cost", "met_with_learning", "partially_met_with_learning", "not_met_with_learning",
            "continuing_with_learning", "no_outcome_yet_with_learning", "met_without_learning",
            "partially_met_without_learning", "not_met_without_learning", "continuing_without_learning",
            "no_outcome_yet_without_learning");

    /**
     * The {@link #COUNTED} columns of a group of {@code objective} rows (as {@code ob}), the learning's hours and
     * cost being those of the completed learning whose ids {@code %1$s} selects.
     */
    static final String COUNTS = """
            count(ob.objective_id) AS objectives_set,
            count(*) FILTER (WHERE ob.linked) AS objectives_with_linked_learning,
            (SELECT coalesce(sum(a.completed_hours), 0) FROM learning_report_activity a
             WHERE a.completed AND a.activity_id IN (%1$s)) AS linked_hours,
            (SELECT coalesce(sum(a.completed_cost), 0) FROM learning_report_activity a
             WHERE a.completed AND a.activity_id IN (%1$s)) AS linked_cost,
            count(*) FILTER (WHERE ob.linked AND ob.outcome = 'MET') AS met_with_learning,
            count(*) FILTER (WHERE ob.linked AND ob.outcome = 'PARTIALLY_MET') AS partially_met_with_learning,
            count(*) FILTER (WHERE ob.linked AND ob.outcome = 'NOT_MET') AS not_met_with_learning,
            count(*) FILTER (WHERE ob.linked AND ob.outcome = 'CONTINUING') AS continuing_with_learning,
            count(*) FILTER (WHERE ob.linked AND ob.outcome IS NULL) AS no_outcome_yet_with_learning,
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome = 'MET') AS met_without_learning,
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome = 'PARTIALLY_MET') AS partially_met_without_learning,
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome = 'NOT_MET') AS not_met_without_learning,
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome = 'CONTINUING') AS continuing_without_learning,
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome IS NULL) AS no_outcome_yet_without_learning""";

    /** The learning linked to the {@code objective} rows that {@code %s} (on {@code linked}) selects. */
    static final String LINKED_TO_OBJECTIVES = """
            SELECT l.activity_id FROM learning_report_activity_link l
            JOIN objective linked ON l.kind = 'OBJECTIVE' AND l.target_id = linked.objective_id
            WHERE %s""";

    private static final String COUNT = OBJECTIVES.formatted("o.school_id = :school AND o.academic_year = :year") + """
            , whole_year AS (
                SELECT NULL::uuid AS priority_id, NULL::text AS standard, %s
                FROM objective ob),
            priority AS (
                SELECT p.priority_id, NULL::text AS standard, %s
                FROM learning_report_priority p
                LEFT JOIN learning_report_objective_priority op ON op.priority_id = p.priority_id
                LEFT JOIN objective ob ON ob.objective_id = op.objective_id
                WHERE p.school_id = :school AND p.academic_year = :year
                GROUP BY p.priority_id),
            standard AS (
                SELECT NULL::uuid AS priority_id, os.standard, %s
                FROM objective ob
                JOIN learning_report_objective_standard os ON os.objective_id = ob.objective_id
                GROUP BY os.standard)
            INSERT INTO learning_report_objective_totals AS t (school_id, academic_year, priority_id, standard, %s)
            SELECT :school, :year, * FROM whole_year
            UNION ALL SELECT :school, :year, * FROM priority
            UNION ALL SELECT :school, :year, * FROM standard
            ON CONFLICT (school_id, academic_year, coalesce(priority_id, '00000000-0000-0000-0000-000000000000'),
                         coalesce(standard, ''))
            DO UPDATE SET %s
            WHERE (%s) IS DISTINCT FROM (%s)""".formatted(
            COUNTS.formatted(LINKED_TO_OBJECTIVES.formatted("true")),
            COUNTS.formatted("""
                    SELECT l.activity_id FROM learning_report_activity_link l
                    WHERE l.kind = 'PRIORITY' AND l.target_id = p.priority_id"""),
            COUNTS.formatted(LINKED_TO_OBJECTIVES.formatted("""
                    EXISTS (SELECT 1 FROM learning_report_objective_standard ls
                            WHERE ls.objective_id = linked.objective_id AND ls.standard = os.standard)""")),
            String.join(", ", COUNTED),
            String.join(", ", COUNTED.stream().map(column -> column + " = excluded." + column).toList()),
            String.join(", ", COUNTED.stream().map(column -> "t." + column).toList()),
            String.join(", ", COUNTED.stream().map(column -> "excluded." + column).toList()));

    /** A standard's row goes once no objective of the year that was not withdrawn serves it any more. */
    private static final String FORGET_STANDARDS = """
            DELETE FROM learning_report_objective_totals t
            WHERE t.school_id = :school AND t.academic_year = :year AND t.standard IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM learning_report_objective_standard os
                              JOIN learning_report_objective o ON o.objective_id = os.objective_id
                              WHERE os.standard = t.standard AND o.school_id = :school AND o.academic_year = :year
                                AND NOT o.withdrawn)""";

    private final JdbcClient jdbc;

    ObjectiveTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The totals of the school's year are counted again before the events being applied are committed. */
    void touched(UUID schoolId, String academicYear) {
        SchoolYear touched = new SchoolYear(schoolId, academicYear);
        BatchEnd.<Set<SchoolYear>>collecting(TOUCHED, LinkedHashSet::new, this::recount)
                .ifPresentOrElse(schoolYears -> schoolYears.add(touched), () -> recount(Set.of(touched)));
    }

    /** The school years whose totals count the learning's links: those of the objectives and priorities it serves. */
    void touchedByLinksOf(UUID activityId) {
        jdbc.sql("""
                        SELECT o.school_id, o.academic_year FROM learning_report_activity_link l
                        JOIN learning_report_objective o ON l.kind = 'OBJECTIVE' AND o.objective_id = l.target_id
                        WHERE l.activity_id = :activity
                        UNION
                        SELECT p.school_id, p.academic_year FROM learning_report_activity_link l
                        JOIN learning_report_priority p ON l.kind = 'PRIORITY' AND p.priority_id = l.target_id
                        WHERE l.activity_id = :activity""")
                .param("activity", activityId)
                .query(RecordRows.of(SchoolYear.class))
                .list()
                .forEach(schoolYear -> touched(schoolYear.schoolId(), schoolYear.academicYear()));
    }

    private void recount(Set<SchoolYear> schoolYears) {
        for (SchoolYear schoolYear : schoolYears) {
            for (String statement : List.of(FORGET_STANDARDS, COUNT)) {
                jdbc.sql(statement)
                        .param("school", schoolYear.schoolId())
                        .param("year", schoolYear.academicYear())
                        .update();
            }
        }
    }

    record SchoolYear(UUID schoolId, String academicYear) {
    }
}
