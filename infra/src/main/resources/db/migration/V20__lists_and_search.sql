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
