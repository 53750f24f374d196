-- The appraisal completion tracker and the governors' headteacher appraisal report (reporting.tracker).
-- Staff and school names and a school's trust are read from the directory's staff_view and school_view.

CREATE TABLE completion_trust (
    trust_id         UUID PRIMARY KEY,
    last_event_index BIGINT NOT NULL
);

CREATE TABLE completion_cycle (
    cycle_id                    UUID PRIMARY KEY,
    school_id                   UUID   NOT NULL,
    academic_year               TEXT   NOT NULL,
    objectives_by               DATE   NOT NULL,
    mid_year_review_by          DATE   NOT NULL,
    final_review_by             DATE   NOT NULL,
    headteacher_pay_decision_by DATE   NOT NULL,
    last_event_index            BIGINT NOT NULL
);

CREATE INDEX completion_cycle_school_year ON completion_cycle (school_id, academic_year);

CREATE TABLE completion_appraisal (
    appraisal_id            UUID PRIMARY KEY,
    cycle_id                UUID    NOT NULL,
    school_id               UUID    NOT NULL,
    appraisee_id            UUID    NOT NULL,
    -- the category the appraisal started with; none for an exemption
    category                TEXT,
    appraiser_id            UUID,
    exemption               TEXT,
    -- UNDER_WAY, EXEMPT, COMPLETED or TERMINATED
    status                  TEXT    NOT NULL,
    started_on              DATE    NOT NULL,
    -- objectives not withdrawn, and the day the first of them was set
    objectives              INTEGER NOT NULL DEFAULT 0,
    objectives_set_on       DATE,
    -- each party's agreement to the objectives as they now stand; cleared when one is set or revised
    appraisee_agreed_on     DATE,
    appraiser_agreed_on     DATE,
    disagreement_recorded   BOOLEAN NOT NULL DEFAULT false,
    mid_year_review_on      DATE,
    self_review_on          DATE,
    final_review_on         DATE,
    report_issued_on        DATE,
    appraisee_signed_off_on DATE,
    appraiser_signed_off_on DATE,
    completed_on            DATE,
    last_event_index        BIGINT  NOT NULL
);

CREATE INDEX completion_appraisal_cycle ON completion_appraisal (cycle_id);

CREATE TABLE completion_objective (
    objective_id UUID PRIMARY KEY,
    appraisal_id UUID    NOT NULL,
    set_on       DATE    NOT NULL,
    withdrawn    BOOLEAN NOT NULL DEFAULT false
);

CREATE INDEX completion_objective_appraisal ON completion_objective (appraisal_id);

CREATE TABLE headteacher_panel_member (
    appraisal_id UUID    NOT NULL,
    governor_id  UUID    NOT NULL,
    chair        BOOLEAN NOT NULL,
    PRIMARY KEY (appraisal_id, governor_id)
);

CREATE TABLE headteacher_adviser (
    appraisal_id UUID PRIMARY KEY,
    name         TEXT NOT NULL,
    organisation TEXT,
    appointed_on DATE NOT NULL
);

-- keyed by the event's global index, so that applying the same event twice records one consultation
CREATE TABLE headteacher_consultation (
    event_index  BIGINT PRIMARY KEY,
    appraisal_id UUID NOT NULL,
    stage        TEXT NOT NULL,
    consulted_on DATE NOT NULL
);

CREATE INDEX headteacher_consultation_appraisal ON headteacher_consultation (appraisal_id);
