-- The pages' "what needs me" (issue 18).

-- A person's appraisals under way are found by appraisee and by appraiser, for their next steps.
CREATE INDEX completion_appraisal_appraisee ON completion_appraisal (appraisee_id);
CREATE INDEX completion_appraisal_appraiser ON completion_appraisal (appraiser_id);

-- Completed learning waits for the person's reflection and an evaluation of its impact: the day of the first of
-- each. They come from events already applied, so the group reads the event stream again from its start over the
-- rows it has, which keep answering meanwhile: each of its handlers leaves a row as the events up to its own say.
ALTER TABLE cpd_activity_view ADD COLUMN reflected_on DATE;
ALTER TABLE cpd_activity_view ADD COLUMN impact_evaluated_on DATE;
DELETE FROM tokenentry WHERE processorname = 'cpd-activities';
DELETE FROM deadletterentry WHERE processinggroup = 'cpd-activities';
