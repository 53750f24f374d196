-- Objectives and learning over time by standard, and a person's own view of the same across their years (issue 19).
-- The standards an objective serves, and whose appraisal an objective is in, come from events already applied, so
-- the read model is built again as V12 built it: emptied, its position and parked events forgotten, the processor
-- reads the stream from its start when the application starts (the reports say how far behind they are meanwhile).
TRUNCATE learning_report_activity, learning_report_activity_link, learning_report_appraisal,
    learning_report_objective, learning_report_objective_priority, learning_report_priority,
    learning_report_objective_totals;
DELETE FROM tokenentry WHERE processorname = 'learning-reports';
DELETE FROM deadletterentry WHERE processinggroup = 'learning-reports';

-- a person's years: their appraisals, and the objectives of each
ALTER TABLE learning_report_appraisal ADD COLUMN appraisee_id UUID NOT NULL;
CREATE INDEX learning_report_appraisal_appraisee ON learning_report_appraisal (appraisee_id);
CREATE INDEX learning_report_objective_appraisal ON learning_report_objective (appraisal_id);

CREATE TABLE learning_report_objective_standard (
    objective_id UUID NOT NULL,
    standard     TEXT NOT NULL,
    PRIMARY KEY (objective_id, standard)
);

-- a standard's row of a year: none on the whole year's row and on a priority's
ALTER TABLE learning_report_objective_totals ADD COLUMN standard TEXT;
DROP INDEX learning_report_objective_totals_key;
CREATE UNIQUE INDEX learning_report_objective_totals_key
    ON learning_report_objective_totals (school_id, academic_year,
                                         coalesce(priority_id, '00000000-0000-0000-0000-000000000000'),
                                         coalesce(standard, ''));
