-- Read models of the reporting module. Each row carries the global index of the last event applied to it.

CREATE TABLE school_view (
    school_id        UUID PRIMARY KEY,
    trust_id         UUID,
    name             TEXT   NOT NULL,
    type             TEXT   NOT NULL,
    last_event_index BIGINT NOT NULL
);

CREATE TABLE staff_view (
    staff_id         UUID PRIMARY KEY,
    school_id        UUID          NOT NULL,
    external_id      TEXT,
    name             TEXT          NOT NULL,
    email            TEXT          NOT NULL,
    category         TEXT          NOT NULL,
    roles            TEXT[]        NOT NULL DEFAULT '{}',
    line_manager_id  UUID,
    start_date       DATE          NOT NULL,
    left_on          DATE,
    fte              NUMERIC(4, 3) NOT NULL,
    last_event_index BIGINT        NOT NULL
);

CREATE INDEX staff_view_school ON staff_view (school_id);

CREATE TABLE appraisal_summary (
    appraisal_id     UUID PRIMARY KEY,
    cycle_id         UUID   NOT NULL,
    school_id        UUID   NOT NULL,
    appraisee_id     UUID   NOT NULL,
    -- none for an exemption
    appraiser_id     UUID,
    academic_year    TEXT   NOT NULL,
    -- UNDER_WAY, EXEMPT, COMPLETED or TERMINATED
    status           TEXT   NOT NULL,
    exemption        TEXT,
    started_on       DATE   NOT NULL,
    last_event_index BIGINT NOT NULL
);

CREATE INDEX appraisal_summary_school_year ON appraisal_summary (school_id, academic_year);

CREATE TABLE appraisal_summary_objective (
    objective_id     UUID PRIMARY KEY,
    appraisal_id     UUID NOT NULL,
    title            TEXT NOT NULL,
    success_criteria TEXT NOT NULL,
    set_on           DATE NOT NULL,
    withdrawn        BOOLEAN NOT NULL DEFAULT false,
    outcome          TEXT
);

CREATE INDEX appraisal_summary_objective_appraisal ON appraisal_summary_objective (appraisal_id);
