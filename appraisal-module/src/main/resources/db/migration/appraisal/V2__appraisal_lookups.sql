-- What the appraisal module's command handlers consult before they decide. Written by a subscribing processor in
-- the same transaction as the events they follow.

CREATE TABLE lookup_trust (
    trust_id UUID PRIMARY KEY
);

CREATE TABLE lookup_school (
    school_id UUID PRIMARY KEY,
    type      TEXT NOT NULL,
    trust_id  UUID
);

CREATE TABLE lookup_school_priority (
    priority_id   UUID PRIMARY KEY,
    school_id     UUID NOT NULL,
    academic_year TEXT NOT NULL
);

CREATE TABLE lookup_staff_member (
    staff_id        UUID PRIMARY KEY,
    school_id       UUID NOT NULL,
    external_id     TEXT,
    category        TEXT NOT NULL,
    line_manager_id UUID,
    left_on         DATE,
    -- an MIS identifier names one person in a school
    UNIQUE (school_id, external_id)
);

CREATE TABLE lookup_cycle (
    cycle_id       UUID PRIMARY KEY,
    school_id      UUID    NOT NULL,
    academic_year  TEXT    NOT NULL,
    pay_policy     TEXT    NOT NULL,
    max_objectives INTEGER NOT NULL,
    -- staff category -> standards framework, as JSON
    frameworks     TEXT    NOT NULL,
    -- one cycle per school and year
    UNIQUE (school_id, academic_year)
);

CREATE TABLE lookup_appraisal (
    appraisal_id UUID PRIMARY KEY,
    cycle_id     UUID    NOT NULL,
    appraisee_id UUID    NOT NULL,
    -- started or reopened, and not yet completed or terminated
    open         BOOLEAN NOT NULL,
    -- one appraisal per person and cycle, even for two requests at the same moment
    UNIQUE (appraisee_id, cycle_id)
);

CREATE INDEX lookup_appraisal_open ON lookup_appraisal (appraisee_id) WHERE open;
