-- The audit log: one row per event, with who, when, why and which request, for a school's (or trust's) leaders.

CREATE TABLE audit_log (
    global_index   BIGINT PRIMARY KEY,
    event_id       TEXT        NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    kind           TEXT        NOT NULL,
    aggregate_id   TEXT,
    -- null for events about a trust as a whole
    school_id      UUID,
    trust_id       UUID,
    staff_id       UUID,
    actor_id       TEXT,
    actor_role     TEXT,
    reason         TEXT,
    correlation_id TEXT,
    causation_id   TEXT,
    batch_id       TEXT
);

CREATE INDEX audit_log_school_time ON audit_log (school_id, occurred_at);
CREATE INDEX audit_log_trust_time ON audit_log (trust_id, occurred_at);
