-- Lists and search (issue 16 §4): the trusts, schools, staff, cycles, appraisals and learning as the query API lists
-- them, paged, sorted and filtered.

-- The trusts, with their names, as the directory shows them.
CREATE TABLE trust_view (
    trust_id         UUID PRIMARY KEY,
    name             TEXT   NOT NULL,
    last_event_index BIGINT NOT NULL
);

CREATE INDEX school_view_trust ON school_view (trust_id);

-- The directory applied the trusts' registrations before it kept them, so it reads the event stream again from its
-- start when the application starts. Its tables are not emptied: each of its handlers leaves a row as the events up
-- to its own say, whatever the row held, so the rows it has stay right and keep answering while it catches up.
DELETE FROM tokenentry WHERE processorname = 'directory';
DELETE FROM deadletterentry WHERE processinggroup = 'directory';

-- Each school's cycles, with their period, pay policy and deadlines, beside the appraisals they count; and the
-- appraisals found by cycle, appraisee and appraiser.
CREATE TABLE cycle_view (
    cycle_id                    UUID PRIMARY KEY,
    school_id                   UUID   NOT NULL,
    academic_year               TEXT   NOT NULL,
    period_start                DATE   NOT NULL,
    period_end                  DATE   NOT NULL,
    -- PERFORMANCE_RELATED, NOT_PERFORMANCE_RELATED or HYBRID
    pay_policy                  TEXT   NOT NULL,
    objectives_by               DATE   NOT NULL,
    mid_year_review_by          DATE   NOT NULL,
    final_review_by             DATE   NOT NULL,
    teacher_pay_decision_by     DATE   NOT NULL,
    headteacher_pay_decision_by DATE   NOT NULL,
    last_event_index            BIGINT NOT NULL
);

CREATE INDEX cycle_view_school ON cycle_view (school_id);
CREATE INDEX appraisal_summary_cycle ON appraisal_summary (cycle_id);
CREATE INDEX appraisal_summary_appraisee ON appraisal_summary (appraisee_id);
CREATE INDEX appraisal_summary_appraiser ON appraisal_summary (appraiser_id);

-- The cycles were opened before the appraisal summaries kept them: as for the directory above, the group reads the
-- stream again from its start, over the rows it has.
DELETE FROM tokenentry WHERE processorname = 'appraisal-summary';
DELETE FROM deadletterentry WHERE processinggroup = 'appraisal-summary';

-- Each piece of a person's professional learning as it stands now, for their own list and the approvers' queue. Its
-- processing group (cpd-activities) is new, so it reads the event stream from its start by itself.
CREATE TABLE cpd_activity_view (
    activity_id           UUID PRIMARY KEY,
    school_id             UUID    NOT NULL,
    staff_id              UUID    NOT NULL,
    title                 TEXT    NOT NULL,
    type                  TEXT    NOT NULL,
    provider              TEXT,
    -- REQUESTED, APPROVED, DECLINED or COMPLETED
    status                TEXT    NOT NULL,
    -- as asked for; none for learning logged as already done
    requested_on          DATE,
    intended_impact       TEXT,
    expected_hours        NUMERIC,
    expected_cost         NUMERIC,
    cover_days            NUMERIC,
    starts_on             DATE    NOT NULL,
    ends_on               DATE    NOT NULL,
    -- the day it was approved or declined
    decided_on            DATE,
    decline_reason        TEXT,
    completed_on          DATE,
    completed_hours       NUMERIC,
    completed_cost        NUMERIC,
    certificate_reference TEXT,
    -- the year of its completion once completed, of its planned start until then
    academic_year         TEXT    NOT NULL,
    last_event_index      BIGINT  NOT NULL
);

CREATE INDEX cpd_activity_view_staff ON cpd_activity_view (staff_id);
CREATE INDEX cpd_activity_view_school_status ON cpd_activity_view (school_id, status);
