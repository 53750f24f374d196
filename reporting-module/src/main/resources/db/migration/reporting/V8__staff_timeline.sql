-- A person's timeline: one row per event that concerns them, with the global index of that event.

CREATE TABLE staff_timeline (
    staff_id       UUID        NOT NULL,
    global_index   BIGINT      NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    kind           TEXT        NOT NULL,
    summary        TEXT        NOT NULL,
    aggregate_type TEXT,
    aggregate_id   TEXT,
    PRIMARY KEY (staff_id, global_index)
);

-- whose appraisal each is, since appraisal events after the first name only the appraisal
CREATE TABLE staff_timeline_appraisal (
    appraisal_id UUID PRIMARY KEY,
    staff_id     UUID NOT NULL
);
