-- Mandatory training.
--
-- What the learning module's training rules consult before they decide, copied from the directory's events and
-- its own by a subscribing processor in the same transaction as those events (ADR 1). Events appended before this
-- migration are not in these tables: an existing database needs the learning lookups replayed before it takes
-- training commands.

CREATE TABLE learning_training_trust (
    trust_id UUID PRIMARY KEY
);

CREATE TABLE learning_training_school (
    school_id UUID PRIMARY KEY,
    trust_id  UUID
);

CREATE TABLE learning_training_staff (
    staff_id  UUID PRIMARY KEY,
    school_id UUID NOT NULL
);

-- exactly one of school_id and trust_id: whose requirement it is
CREATE TABLE learning_training_requirement (
    requirement_id UUID PRIMARY KEY,
    school_id      UUID,
    trust_id       UUID
);

-- The read model behind training compliance: the facts the compliance rule needs, kept whole (every version,
-- every category and role change, every completion), so that compliance can be computed for any day. Each row
-- carries the global index of the event that last wrote it.

CREATE TABLE training_requirement (
    requirement_id   UUID PRIMARY KEY,
    school_id        UUID,
    trust_id         UUID,
    -- the first day it no longer applies
    withdrawn_from   DATE,
    last_event_index BIGINT NOT NULL
);

CREATE INDEX training_requirement_school ON training_requirement (school_id);
CREATE INDEX training_requirement_trust ON training_requirement (trust_id);

CREATE TABLE training_requirement_version (
    requirement_id    UUID    NOT NULL,
    effective_from    DATE    NOT NULL,
    title             TEXT    NOT NULL,
    category          TEXT    NOT NULL,
    -- EVERYONE, CATEGORY or ROLE, with the staff category or role it names
    audience          TEXT    NOT NULL,
    audience_category TEXT,
    audience_role     TEXT,
    due_within_days   INTEGER NOT NULL,
    -- none: it never expires
    renewal_months    INTEGER,
    grace_days        INTEGER NOT NULL,
    source            TEXT    NOT NULL,
    last_event_index  BIGINT  NOT NULL,
    PRIMARY KEY (requirement_id, effective_from)
);

CREATE TABLE training_school (
    school_id        UUID PRIMARY KEY,
    trust_id         UUID,
    last_event_index BIGINT NOT NULL
);

CREATE TABLE training_staff (
    staff_id         UUID PRIMARY KEY,
    school_id        UUID   NOT NULL,
    start_date       DATE   NOT NULL,
    left_on          DATE,
    last_event_index BIGINT NOT NULL
);

-- the category a person joined with (from their start date) and each change
CREATE TABLE training_staff_category (
    staff_id         UUID   NOT NULL,
    effective_from   DATE   NOT NULL,
    category         TEXT   NOT NULL,
    last_event_index BIGINT NOT NULL,
    PRIMARY KEY (staff_id, effective_from)
);

-- each role given (held) or taken away, from its date
CREATE TABLE training_staff_role (
    staff_id         UUID    NOT NULL,
    role             TEXT    NOT NULL,
    effective_from   DATE    NOT NULL,
    held             BOOLEAN NOT NULL,
    last_event_index BIGINT  NOT NULL,
    PRIMARY KEY (staff_id, role, effective_from)
);

CREATE TABLE training_completion (
    staff_id              UUID   NOT NULL,
    requirement_id        UUID   NOT NULL,
    completed_on          DATE   NOT NULL,
    provider              TEXT   NOT NULL,
    certificate_reference TEXT,
    last_event_index      BIGINT NOT NULL,
    PRIMARY KEY (staff_id, requirement_id, completed_on)
);

CREATE TABLE training_exemption (
    staff_id         UUID   NOT NULL,
    requirement_id   UUID   NOT NULL,
    exempt_from      DATE   NOT NULL,
    exempt_until     DATE   NOT NULL,
    last_event_index BIGINT NOT NULL,
    PRIMARY KEY (staff_id, requirement_id, exempt_from)
);
