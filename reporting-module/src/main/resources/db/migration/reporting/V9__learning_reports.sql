-- Read models behind the professional learning reports: CPD hours and spend, and objectives and learning over
-- time. Each table is written by one processing group (learning-reports) and keyed by its own identifiers, so the
-- order in which events of different aggregates arrive does not matter; the reports join them when asked.

-- one row per piece of professional learning, as it stands now
CREATE TABLE learning_report_activity (
    activity_id      UUID PRIMARY KEY,
    school_id        UUID    NOT NULL,
    staff_id         UUID    NOT NULL,
    type             TEXT    NOT NULL,
    -- false for learning logged as already done, which was never requested
    requested        BOOLEAN NOT NULL,
    approved         BOOLEAN NOT NULL DEFAULT false,
    declined         BOOLEAN NOT NULL DEFAULT false,
    completed        BOOLEAN NOT NULL DEFAULT false,
    -- as asked for: expected hours, cost in pounds and days of cover
    planned_hours    NUMERIC NOT NULL DEFAULT 0,
    planned_cost     NUMERIC NOT NULL DEFAULT 0,
    cover_days       NUMERIC NOT NULL DEFAULT 0,
    -- as completed
    completed_hours  NUMERIC NOT NULL DEFAULT 0,
    completed_cost   NUMERIC NOT NULL DEFAULT 0,
    -- the day the learning took place: its completion once completed, its planned start until then
    learning_date    DATE    NOT NULL,
    academic_year    TEXT    NOT NULL,
    -- AUTUMN, SPRING or SUMMER
    term             TEXT    NOT NULL,
    last_event_index BIGINT  NOT NULL
);

CREATE INDEX learning_report_activity_school_year ON learning_report_activity (school_id, academic_year);

-- the objectives and school priorities a piece of learning serves while the link exists
CREATE TABLE learning_report_activity_link (
    activity_id      UUID   NOT NULL,
    -- OBJECTIVE or PRIORITY
    kind             TEXT   NOT NULL,
    target_id        UUID   NOT NULL,
    last_event_index BIGINT NOT NULL,
    PRIMARY KEY (activity_id, kind, target_id)
);

CREATE INDEX learning_report_activity_link_target ON learning_report_activity_link (target_id);

CREATE TABLE learning_report_appraisal (
    appraisal_id     UUID PRIMARY KEY,
    school_id        UUID   NOT NULL,
    academic_year    TEXT   NOT NULL,
    last_event_index BIGINT NOT NULL
);

CREATE TABLE learning_report_objective (
    objective_id     UUID PRIMARY KEY,
    appraisal_id     UUID    NOT NULL,
    school_id        UUID    NOT NULL,
    withdrawn        BOOLEAN NOT NULL DEFAULT false,
    -- MET, PARTIALLY_MET, NOT_MET or CONTINUING; none before the final review
    outcome          TEXT,
    last_event_index BIGINT  NOT NULL
);

CREATE INDEX learning_report_objective_school ON learning_report_objective (school_id);

-- the school priorities an objective serves, as last set or revised
CREATE TABLE learning_report_objective_priority (
    objective_id UUID NOT NULL,
    priority_id  UUID NOT NULL,
    PRIMARY KEY (objective_id, priority_id)
);

CREATE TABLE learning_report_priority (
    priority_id      UUID PRIMARY KEY,
    school_id        UUID   NOT NULL,
    academic_year    TEXT   NOT NULL,
    title            TEXT   NOT NULL,
    last_event_index BIGINT NOT NULL
);

CREATE INDEX learning_report_priority_school_year ON learning_report_priority (school_id, academic_year);
