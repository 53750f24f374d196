-- Steps are recorded with the day they happened, which may be weeks before the day they are entered (issue 16).

-- The completion tracker measures the objectives deadline by the day the objectives step was first done: both
-- parties agreed the objectives, or a disagreement was recorded in writing.
ALTER TABLE completion_appraisal ADD COLUMN disagreement_recorded_on DATE;
ALTER TABLE completion_appraisal ADD COLUMN objectives_done_on DATE;

-- The audit log and the staff timeline show the day a step happened beside the instant it was recorded.
ALTER TABLE audit_log ADD COLUMN happened_on DATE;
ALTER TABLE staff_timeline ADD COLUMN happened_on DATE;

-- An appraisal's events after its start name no person; the audit log finds them by the record's first line, so
-- that the log filtered by a person shows their appraisal's completion, sign-offs and reopenings.
CREATE INDEX audit_log_aggregate ON audit_log (aggregate_id, global_index);

-- The new columns come from events already applied, so these read models are built again: emptied, their position
-- and parked events forgotten, their processors read the stream from its start when the application starts (the
-- reports say how far behind they are until they have caught up).
TRUNCATE completion_trust, completion_cycle, completion_appraisal, completion_objective, headteacher_panel_member,
    headteacher_adviser, headteacher_consultation, audit_log, staff_timeline, staff_timeline_appraisal;
DELETE FROM tokenentry WHERE processorname IN ('completion-tracker', 'audit-log', 'staff-timeline');
DELETE FROM deadletterentry WHERE processinggroup IN ('completion-tracker', 'audit-log', 'staff-timeline');
