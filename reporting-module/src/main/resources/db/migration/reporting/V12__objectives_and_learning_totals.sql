-- Objectives and learning over time is answered from totals kept per school and year (one row for the year, one
-- for each of its priorities) instead of being worked out from every objective and link at each request: at trust
-- scale that took seconds. The learning-reports processor applies a school's events in order (its sequencing
-- policy follows the school), so a school's totals are recounted after each batch without racing another segment.

ALTER TABLE learning_report_objective ADD COLUMN academic_year TEXT NOT NULL DEFAULT '';
ALTER TABLE learning_report_objective ALTER COLUMN academic_year DROP DEFAULT;

CREATE INDEX learning_report_objective_school_year ON learning_report_objective (school_id, academic_year);

CREATE TABLE learning_report_objective_totals (
    school_id                       UUID    NOT NULL,
    academic_year                   TEXT    NOT NULL,
    -- none on the whole year's row
    priority_id                     UUID,
    objectives_set                  INTEGER NOT NULL,
    objectives_with_linked_learning INTEGER NOT NULL,
    linked_hours                    NUMERIC NOT NULL,
    linked_cost                     NUMERIC NOT NULL,
    met_with_learning               INTEGER NOT NULL,
    partially_met_with_learning     INTEGER NOT NULL,
    not_met_with_learning           INTEGER NOT NULL,
    continuing_with_learning        INTEGER NOT NULL,
    no_outcome_yet_with_learning    INTEGER NOT NULL,
    met_without_learning            INTEGER NOT NULL,
    partially_met_without_learning  INTEGER NOT NULL,
    not_met_without_learning        INTEGER NOT NULL,
    continuing_without_learning     INTEGER NOT NULL,
    no_outcome_yet_without_learning INTEGER NOT NULL
);

CREATE UNIQUE INDEX learning_report_objective_totals_key
    ON learning_report_objective_totals (school_id, academic_year, coalesce(priority_id, '00000000-0000-0000-0000-000000000000'));

-- the reports' freshness is the newest event any of these rows applied: an index each makes it a look at the end
CREATE INDEX learning_report_activity_freshness ON learning_report_activity (last_event_index);
CREATE INDEX learning_report_activity_link_freshness ON learning_report_activity_link (last_event_index);
CREATE INDEX learning_report_appraisal_freshness ON learning_report_appraisal (last_event_index);
CREATE INDEX learning_report_objective_freshness ON learning_report_objective (last_event_index);
CREATE INDEX learning_report_priority_freshness ON learning_report_priority (last_event_index);

-- The objectives' years and the totals come from events already applied, so the read model is built again: emptied,
-- its position and parked events forgotten, the processor reads the stream from its start when the application
-- starts (the reports say how far behind they are until it has caught up).
TRUNCATE learning_report_activity, learning_report_activity_link, learning_report_appraisal,
    learning_report_objective, learning_report_objective_priority, learning_report_priority;
DELETE FROM tokenentry WHERE processorname = 'learning-reports';
DELETE FROM deadletterentry WHERE processinggroup = 'learning-reports';
