-- People sign in by their identity provider's subject, linked once to a staff record (ADR 9); an e-mail address is a
-- contact detail that belongs to at most one current person in a trust (or, outside a trust, in a school).

-- Addresses are compared in Unicode NFKC form, ignoring case (EmailAddresses.folded).
UPDATE access_person SET email = lower(normalize(email, NFKC));

-- The identity each staff record opens to. A record opens to one identity; an identity may open several records
-- (a person working at two schools).
CREATE TABLE access_identity (
    staff_id UUID PRIMARY KEY,
    issuer   TEXT NOT NULL,
    subject  TEXT NOT NULL
);

CREATE INDEX access_identity_subject ON access_identity (subject, issuer);

-- The write side's check that an address is free: the staff record's address, and the trust (or school) within
-- which it must be unique.
ALTER TABLE lookup_staff_member ADD COLUMN email TEXT;
ALTER TABLE lookup_staff_member ADD COLUMN email_scope UUID;

UPDATE lookup_staff_member m
SET email = p.email, email_scope = coalesce(s.trust_id, m.school_id)
FROM access_person p, lookup_school s
WHERE p.staff_id = m.staff_id AND s.school_id = m.school_id;

-- Addresses shared before this rule existed stay with the first record; the others hold none in this table until
-- their address is next corrected, which must then be to an address of their own.
UPDATE lookup_staff_member SET email = NULL
WHERE staff_id IN (SELECT staff_id
                   FROM (SELECT staff_id, row_number() OVER (PARTITION BY email_scope, email ORDER BY staff_id) AS n
                         FROM lookup_staff_member WHERE left_on IS NULL AND email IS NOT NULL) shared
                   WHERE n > 1);

-- Two registrations of one address at the same moment: the second fails on this index and records nothing.
CREATE UNIQUE INDEX lookup_staff_member_address ON lookup_staff_member (email_scope, email) WHERE left_on IS NULL;

-- Reads of a school's or trust's audit log are logged too: they are about many people, and a trust's about no one
-- school.
ALTER TABLE access_log ALTER COLUMN staff_id DROP NOT NULL;
ALTER TABLE access_log ALTER COLUMN school_id DROP NOT NULL;
