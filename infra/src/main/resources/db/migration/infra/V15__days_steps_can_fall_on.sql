-- A step of an appraisal, or a request for learning, is recorded with the day it happened (issue 16), which may not
-- be before the cycle began nor before the person joined the school. The write side's lookups keep those days. A
-- database that already holds events gets them from the events that carry them: a cycle's opening and a person's
-- registration (their payloads are JSON).

ALTER TABLE lookup_cycle ADD COLUMN period_start DATE;
ALTER TABLE lookup_staff_member ADD COLUMN start_date DATE;
ALTER TABLE learning_cpd_staff ADD COLUMN start_date DATE;

UPDATE lookup_cycle c
SET period_start = CAST(convert_from(e.payload, 'UTF8')::jsonb ->> 'periodStart' AS DATE)
FROM domainevententry e
WHERE e.payloadtype = 'dev.heartwood.appraisal.api.AppraisalCycleOpened' AND e.aggregateidentifier = c.cycle_id::text;

UPDATE lookup_staff_member s
SET start_date = CAST(convert_from(e.payload, 'UTF8')::jsonb ->> 'startDate' AS DATE)
FROM domainevententry e
WHERE e.payloadtype = 'dev.heartwood.appraisal.api.StaffMemberRegistered' AND e.aggregateidentifier = s.staff_id::text;

UPDATE learning_cpd_staff s
SET start_date = l.start_date
FROM lookup_staff_member l
WHERE l.staff_id = s.staff_id;

ALTER TABLE lookup_cycle ALTER COLUMN period_start SET NOT NULL;
ALTER TABLE lookup_staff_member ALTER COLUMN start_date SET NOT NULL;
ALTER TABLE learning_cpd_staff ALTER COLUMN start_date SET NOT NULL;
