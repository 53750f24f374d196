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

CREATE TABLE lookup_appraisal (
    appraisal_id  UUID PRIMARY KEY,
    appraisee_id  UUID NOT NULL,
    academic_year TEXT NOT NULL,
    -- one appraisal per person and year, even for two requests at the same moment
    UNIQUE (appraisee_id, academic_year)
);
