-- What the learning module's CPD rules consult before they decide, copied from the appraisal module's events by
-- a subscribing processor in the same transaction as those events (ADR 1). Events appended before this migration
-- are not in these tables: an existing database needs the learning lookups replayed before it takes CPD commands.

CREATE TABLE learning_cpd_staff (
    staff_id  UUID PRIMARY KEY,
    school_id UUID NOT NULL,
    category  TEXT NOT NULL,
    -- their last day, once a leaving date is recorded
    left_on   DATE
);

CREATE INDEX learning_cpd_staff_school ON learning_cpd_staff (school_id);

-- whose appraisal it is, because a development need names only its appraisal
CREATE TABLE learning_cpd_appraisal (
    appraisal_id UUID PRIMARY KEY,
    appraisee_id UUID NOT NULL
);

CREATE TABLE learning_cpd_objective (
    objective_id UUID PRIMARY KEY,
    appraisee_id UUID    NOT NULL,
    withdrawn    BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE learning_cpd_development_need (
    need_id  UUID PRIMARY KEY,
    staff_id UUID NOT NULL
);

CREATE TABLE learning_cpd_priority (
    priority_id UUID PRIMARY KEY,
    school_id   UUID NOT NULL
);
