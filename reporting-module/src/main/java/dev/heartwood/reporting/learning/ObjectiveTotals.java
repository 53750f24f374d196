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
 * The totals behind objectives and learning over time, per school and academic year: one row for the year and one
 * for each of the school's priorities that year, counted as {@link ObjectivesAndLearningRow} explains. A handler
 * that changes what they count says which school and year it touched, and each of those is counted again from the
 * rows once, when the batch of events is about to commit. A row is rewritten only when a count changed: a school
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

    /** The school-year's objectives that were not withdrawn, and whether learning that was not declined serves them. */
    private static final String OBJECTIVES = """
            WITH objective AS (
                SELECT o.objective_id, o.outcome,
                       EXISTS (SELECT 1 FROM learning_report_activity_link l
                               JOIN learning_report_activity a ON a.activity_id = l.activity_id
                               WHERE l.kind = 'OBJECTIVE' AND l.target_id = o.objective_id AND NOT a.declined)
                           AS linked
                FROM learning_report_objective o
                WHERE o.school_id = :school AND o.academic_year = :year AND NOT o.withdrawn)
            """;

    /** The columns of a row of totals after its key, in the order {@link #COUNTS} gives them. */
    private static final List<String> COUNTED = List.of("objectives_set", "objectives_with_linked_learning",
            "linked_hours", "linked_cost", "met_with_learning", "partially_met_with_learning", "not_met_with_learning",
            "continuing_with_learning", "no_outcome_yet_with_learning", "met_without_learning",
            "partially_met_without_learning", "not_met_without_learning", "continuing_without_learning",
            "no_outcome_yet_without_learning");

    private static final String COUNTS = """
            count(ob.objective_id),
            count(*) FILTER (WHERE ob.linked),
            (SELECT coalesce(sum(a.completed_hours), 0) FROM learning_report_activity a
             WHERE a.completed AND a.activity_id IN (%1$s)),
            (SELECT coalesce(sum(a.completed_cost), 0) FROM learning_report_activity a
             WHERE a.completed AND a.activity_id IN (%1$s)),
            count(*) FILTER (WHERE ob.linked AND ob.outcome = 'MET'),
            count(*) FILTER (WHERE ob.linked AND ob.outcome = 'PARTIALLY_MET'),
            count(*) FILTER (WHERE ob.linked AND ob.outcome = 'NOT_MET'),
            count(*) FILTER (WHERE ob.linked AND ob.outcome = 'CONTINUING'),
            count(*) FILTER (WHERE ob.linked AND ob.outcome IS NULL),
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome = 'MET'),
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome = 'PARTIALLY_MET'),
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome = 'NOT_MET'),
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome = 'CONTINUING'),
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome IS NULL)""";

    private static final String COUNT = OBJECTIVES + """
            , whole_year AS (
                SELECT NULL::uuid AS priority_id, %s
                FROM objective ob),
            priority AS (
                SELECT p.priority_id, %s
                FROM learning_report_priority p
                LEFT JOIN learning_report_objective_priority op ON op.priority_id = p.priority_id
                LEFT JOIN objective ob ON ob.objective_id = op.objective_id
                WHERE p.school_id = :school AND p.academic_year = :year
                GROUP BY p.priority_id)
            INSERT INTO learning_report_objective_totals AS t
            SELECT :school, :year, * FROM whole_year UNION ALL SELECT :school, :year, * FROM priority
            ON CONFLICT (school_id, academic_year, coalesce(priority_id, '00000000-0000-0000-0000-000000000000'))
            DO UPDATE SET %s
            WHERE (%s) IS DISTINCT FROM (%s)""".formatted(
            COUNTS.formatted("""
                    SELECT l.activity_id FROM learning_report_activity_link l
                    JOIN objective linked ON l.kind = 'OBJECTIVE' AND l.target_id = linked.objective_id"""),
            COUNTS.formatted("""
                    SELECT l.activity_id FROM learning_report_activity_link l
                    WHERE l.kind = 'PRIORITY' AND l.target_id = p.priority_id"""),
            String.join(", ", COUNTED.stream().map(column -> column + " = excluded." + column).toList()),
            String.join(", ", COUNTED.stream().map(column -> "t." + column).toList()),
            String.join(", ", COUNTED.stream().map(column -> "excluded." + column).toList()));

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
            jdbc.sql(COUNT)
                    .param("school", schoolYear.schoolId())
                    .param("year", schoolYear.academicYear())
                    .update();
        }
    }

    record SchoolYear(UUID schoolId, String academicYear) {
    }
}
