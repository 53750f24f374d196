-- What the appraisal module's command handlers consult before they decide. Written by a subscribing processor in
-- the same transaction as the events they follow.

CREATE TABLE lookup_school (
    school_id UUID PRIMARY KEY
);

CREATE TABLE lookup_staff_member (
    staff_id  UUID PRIMARY KEY,
    school_id UUID NOT NULL
);

CREATE TABLE lookup_appraisal (
    appraisal_id  UUID PRIMARY KEY,
    appraisee_id  UUID NOT NULL,
    academic_year TEXT NOT NULL,
    -- one appraisal per person and year, even for two requests at the same moment
    UNIQUE (appraisee_id, academic_year)
);
