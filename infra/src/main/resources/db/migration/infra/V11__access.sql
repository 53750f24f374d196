-- Who may see and do what (ADR 9). The access tables follow the directory, the appraisals, the learning and the
-- grants through a subscribing processor, in the same transaction as the events, so that an appraiser may act on
-- an appraisal the moment it is started. A database that already holds events gets them filled here from the read
-- models as they stand.

CREATE TABLE access_school (
    school_id UUID PRIMARY KEY,
    trust_id  UUID
);

CREATE TABLE access_person (
    staff_id  UUID PRIMARY KEY,
    school_id UUID NOT NULL,
    -- lower case, as a sign-in claim is matched
    email     TEXT NOT NULL,
    category  TEXT NOT NULL,
    left_on   DATE
);

CREATE INDEX access_person_email ON access_person (email);

CREATE TABLE access_grant (
    staff_id   UUID        NOT NULL,
    role       TEXT        NOT NULL,
    scope      TEXT        NOT NULL,
    school_id  UUID        NOT NULL,
    -- set for a role held for the whole trust
    trust_id   UUID,
    granted_by UUID        NOT NULL,
    granted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (staff_id, role, scope)
);

CREATE TABLE access_appraisal (
    appraisal_id UUID    PRIMARY KEY,
    school_id    UUID    NOT NULL,
    appraisee_id UUID    NOT NULL,
    -- none for an exemption
    appraiser_id UUID,
    -- the appraisee was the school's headteacher when it began: kept from the staff they line-manage
    headteacher  BOOLEAN NOT NULL
);

CREATE TABLE access_cycle (
    cycle_id  UUID PRIMARY KEY,
    school_id UUID NOT NULL
);

-- a person's pieces of learning and records of mandatory training
CREATE TABLE access_learning (
    record_id UUID PRIMARY KEY,
    staff_id  UUID NOT NULL,
    school_id UUID NOT NULL
);

CREATE TABLE access_requirement (
    requirement_id UUID PRIMARY KEY,
    school_id      UUID,
    trust_id       UUID
);

INSERT INTO access_school (school_id, trust_id) SELECT school_id, trust_id FROM lookup_school;
INSERT INTO access_person (staff_id, school_id, email, category, left_on)
    SELECT staff_id, school_id, lower(email), category, left_on FROM staff_view;
INSERT INTO access_appraisal (appraisal_id, school_id, appraisee_id, appraiser_id, headteacher)
    SELECT a.appraisal_id, a.school_id, a.appraisee_id, a.appraiser_id, coalesce(p.category = 'HEADTEACHER', false)
    FROM appraisal_summary a LEFT JOIN staff_view p ON p.staff_id = a.appraisee_id;
INSERT INTO access_cycle (cycle_id, school_id) SELECT cycle_id, school_id FROM lookup_cycle;
INSERT INTO access_learning (record_id, staff_id, school_id)
    SELECT activity_id, staff_id, school_id FROM learning_report_activity;
INSERT INTO access_requirement (requirement_id, school_id, trust_id)
    SELECT requirement_id, school_id, trust_id FROM training_requirement;

-- Every read of a pay recommendation or of an appraisal's narrative: who read what, and when. Rows are only ever
-- added; the trigger below refuses any change or removal, whoever asks.
CREATE TABLE access_log (
    id            BIGSERIAL PRIMARY KEY,
    read_at       TIMESTAMPTZ NOT NULL,
    reader_id     UUID        NOT NULL,
    reader_role   TEXT        NOT NULL,
    -- APPRAISAL_NARRATIVE or PAY
    kind          TEXT        NOT NULL,
    record_id     UUID        NOT NULL,
    -- whose record it is
    staff_id      UUID        NOT NULL,
    school_id     UUID        NOT NULL,
    trust_id      UUID,
    request       TEXT        NOT NULL,
    correlation_id TEXT
);

CREATE INDEX access_log_school ON access_log (school_id, read_at);
CREATE INDEX access_log_trust ON access_log (trust_id, read_at);

CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the access log is append-only';
END
$$;

CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();
