-- A bulk objective may be set for one appraiser's appraisees, a group the appraisal module chooses itself, so its
-- register of appraisals keeps who appraises each (none for an exemption). A database that already holds appraisals
-- takes their appraisers from the access tables, which follow every change of appraiser; so it stays in infra.

ALTER TABLE lookup_appraisal ADD COLUMN appraiser_id UUID;

UPDATE lookup_appraisal l
SET appraiser_id = a.appraiser_id
FROM access_appraisal a
WHERE a.appraisal_id = l.appraisal_id;

CREATE INDEX lookup_appraisal_under_way ON lookup_appraisal (cycle_id) WHERE open;
